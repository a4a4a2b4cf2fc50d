#!/usr/bin/env bash
# End-to-end timing of `claimtally report`, JVM start included, on this machine:
#   1. the Reuters corpus (19,043 stories)        ../shared/corpus/general/articles.jsonl
#   2. the conflict corpus (170 articles)         ../shared/corpus/conflict
#   3. scaling: the Reuters corpus ten times over (190,430 stories, ids made unique)
# Prints wall time, CPU time and peak memory (GNU time -v) per run, and the growth ratios.
# Usage: bench/report.sh [--skip-scaling]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLAIMTALLY_SHARED:-$here/../shared}"
general="$shared/corpus/general/articles.jsonl"
conflict="$shared/corpus/conflict"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -f "$general" ] || [ ! -d "$conflict" ]; then
  echo "bench: the corpora are not here ($shared); set CLAIMTALLY_SHARED to the shared folder" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "bench: GNU time is needed: apt-get install time" >&2
  exit 2
fi

"$here/claimtally" --version > /dev/null   # builds the jar if needed, outside the timings

run() { # label, then claimtally arguments
  local label="$1"; shift
  local log="$work/$label.time"
  /usr/bin/time -v "$here/claimtally" report "$@" -o "$work/$label.xlsx" --quiet > "$work/$label.out" 2> "$log"
  local wall user sys rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  printf '%-9s wall %7.2f s  cpu %7.2f s  peak %6.0f MB  %s\n' "$label" "$secs" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$(awk -v r="$rss" 'BEGIN {print r / 1024}')" \
    "$(tail -1 "$work/$label.out")"
  eval "${label}_secs=$secs; ${label}_rss=$rss"
}

echo "claimtally report, $(nproc) cores, $(java -version 2>&1 | head -1)"
run general "$general"
run conflict "$conflict" --sources "$conflict/MANIFEST.csv"

if [ "${1:-}" != "--skip-scaling" ]; then
  big="$work/general-x10.jsonl"
  for i in 0 1 2 3 4 5 6 7 8 9; do
    sed "s/^{\"id\": \"/{\"id\": \"r$i-/" "$general"
  done > "$big"
  run scaled "$big"
  # shellcheck disable=SC2154
  awk -v t1="$general_secs" -v t10="$scaled_secs" -v m1="$general_rss" -v m10="$scaled_rss" 'BEGIN {
    printf "growth for 10x the input: time %.2fx (target <= 11x), peak memory %.2fx (target <= 1.5x)\n", t10 / t1, m10 / m1 }'
fi
