#!/usr/bin/env bash
# Scaling of the Spark job against the CLI, on this machine: the Reuters corpus (19,043 stories)
# split into 10 JSON-lines files (x1) and ten times that in 100 files (x10, ids made unique);
# the job on local[1] and local[2] (bench/spark-local.sh), the CLI's extract with 1 and 2
# threads on the same folders. Prints wall and CPU time, stories per second and per CPU-second
# (the per-core throughput: every run here uses more than its nominal cores, for GC and I/O).
# Needs GNU time (apt-get install time).
# usage: bench/spark-scale.sh [--x1-only]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${CLAIMTALLY_SHARED:-$here/../shared}"
general="$shared/corpus/general/articles.jsonl"
[ -f "$general" ] || { echo "bench: no $general; set CLAIMTALLY_SHARED to the shared folder" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$here"
# builds the CLI's jar, the job jar and Spark's classpath outside the timings
mvn -B -q install -DskipTests
mvn -B -q -f spark/pom.xml package -DskipTests
mvn -B -q -f spark/pom.xml dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/spark-classpath.txt

mkdir -p "$work/x1" "$work/x10"
split -n l/10 -d --additional-suffix=.jsonl "$general" "$work/x1/part-"
for i in 0 1 2 3 4 5 6 7 8 9; do
  for f in "$work"/x1/part-*.jsonl; do
    sed "s/^{\"id\": \"/{\"id\": \"r$i-/" "$f" > "$work/x10/r$i-$(basename "$f")"
  done
done
stories() { cat "$1"/*.jsonl | grep -c . ; }

timed() { # label command…: wall and CPU time (user + system, all threads: GC, I/O, Spark's own)
  local label="$1"; shift
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" > "$work/$label.out" 2> "$work/$label.err"
  t1=$(date +%s.%N)
  awk -v l="$label" -v a="$t0" -v b="$t1" -v n="$n" -v cpu="$(cat "$work/cpu")" 'BEGIN {
    split(cpu, c, " "); s = c[1] + c[2]; w = b - a
    printf "%-18s wall %6.1f s  cpu %6.1f s  %6.0f stories/s  %6.0f stories per cpu-second\n", l, w, s, n / w, n / s }'
}

sizes="x1 x10"
[ "${1:-}" = "--x1-only" ] && sizes="x1"
echo "$(nproc) cores, $(java -version 2>&1 | head -1)"
for s in $sizes; do
  n=$(stories "$work/$s")
  echo "== $s: $n stories in $(ls "$work/$s" | wc -l) files"
  timed "cli -j1 $s" java -jar target/claimtally.jar extract "$work/$s" --format csv --quiet -j 1
  timed "cli -j2 $s" java -jar target/claimtally.jar extract "$work/$s" --format csv --quiet -j 2
  MASTER='local[1]' timed "spark local[1] $s" bench/spark-local.sh "$work/$s" "$work/out-$s-1"
  MASTER='local[2]' timed "spark local[2] $s" bench/spark-local.sh "$work/$s" "$work/out-$s-2"
  tail -1 "$work/spark local[2] $s.out"
done
