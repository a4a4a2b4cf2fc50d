#!/usr/bin/env bash
# Hostile input shapes, each at three sizes: `claimtally report` (workbook and CSV) wall time,
# peak memory, output bytes, the claims CSV's size as a multiple of the input (the bound is 20),
# and the growth exponent between the two largest sizes (log(time ratio) / log(size ratio); 1 is linear). Generators are plain awk, so anyone can
# rebuild the inputs. Needs GNU time (apt-get install time). Nothing here reads ../shared.
# Usage: bench/hostile.sh [SHAPE...]   (default: every shape; names below)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ ! -x /usr/bin/time ]; then
  echo "bench: GNU time is needed: apt-get install time" >&2
  exit 2
fi
"$here/claimtally" --version > /dev/null   # builds the jar if needed, outside the timings

# generators: gen_SHAPE N DIR  writes the input for size N into DIR
gen_sentences() { # one document, N short sentences of one toll
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "Officials said %d people were killed in the city on Monday. ", i + 3 }' > "$2/a.txt"; }
gen_sameday() { # N documents of one day, one category, one figure, dated by sources.csv
  awk -v n="$1" -v d="$2" 'BEGIN { print "file,outlet,url,published,title" > (d "/sources.csv");
    for (i = 0; i < n; i++) { f = sprintf("d%06d.txt", i); print f ",Outlet " i % 50 ",,2024-05-04," > (d "/sources.csv");
      print "Shelling killed 12 people in the town on Saturday, officials said." > (d "/" f); close(d "/" f) } }'; }
gen_distinct() { # N documents of one day, one category, each its own figure, dated by sources.csv
  awk -v n="$1" -v d="$2" 'BEGIN { print "file,outlet,url,published,title" > (d "/sources.csv");
    for (i = 0; i < n; i++) { f = sprintf("d%06d.txt", i); print f ",Outlet " i % 50 ",,2024-05-04," > (d "/sources.csv");
      print "Shelling killed " i + 3 " people in the town on Saturday, officials said." > (d "/" f); close(d "/" f) } }'; }
gen_numbers() { # one sentence of N numbers
  awk -v n="$1" 'BEGIN { printf "Officials said "; for (i = 0; i < n; i++) printf "%d, ", i + 3; print "people were killed." }' > "$2/a.txt"; }
gen_cr() { # N lines ended by CR only
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "Officials said %d people were killed in region %d\r", i + 3, i }' > "$2/a.txt"; }
gen_table() { # a table pasted as one line
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "region %d: %d killed, %d injured; ", i, i + 3, i + 5; print "" }' > "$2/a.txt"; }
gen_html() { # lists nested N deep, then the closing tags
  awk -v n="$1" 'BEGIN { printf "<html><body><article>"; for (i = 0; i < n; i++) printf "<ul><li>Officials said 12 people were killed. ";
    for (i = 0; i < n; i++) printf "</li></ul>"; print "</article></body></html>" }' > "$2/a.html"; }
gen_list() { # "1,2,3, " runs and qualifier words with no figure
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "1,2,3, "; for (i = 0; i < n / 10; i++) printf " more than nearly about at least"; print "" }' > "$2/a.txt"; }
gen_digits() { # one digit run of N characters, and words of N letters
  awk -v n="$1" 'BEGIN { s = ""; for (i = 0; i < n; i++) s = s (i % 10); w = ""; for (i = 0; i < n; i++) w = w "a";
    print "Officials said " s " people were killed. The " w " was hit by 12 drones." }' > "$2/a.txt"; }
gen_jsonl() { # N one-line records of a short story each
  awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\":\"r%d\",\"published\":\"2024-05-04\",\"text\":\"Shelling killed %d people in region %d on Saturday, officials said.\"}\n", i, i % 90 + 3, i }' > "$2/a.jsonl"; }
gen_dense() { # N tolls of two words each, with nothing else between them
  awk -v n="$1" 'BEGIN { printf "Officials said "; for (i = 0; i < n; i++) printf "%d dead ", i % 9 + 1; print "." }' > "$2/a.txt"; }
gen_csvcell() { # a CSV of two records, one with a text cell of N sentences
  awk -v n="$1" 'BEGIN { print "id,published,text"; printf "1,2024-05-04,\"";
    for (i = 0; i < n; i++) printf "Officials said %d people were killed in region %d. ", i % 90 + 3, i; print "\"";
    print "2,2024-05-04,Shelling killed 12 people on Saturday." }' > "$2/a.csv"; }

declare -A sizes=(
  [sentences]="40000 80000 160000" [sameday]="20000 40000 80000" [distinct]="10000 20000 40000"
  [numbers]="80000 160000 320000"
  [cr]="5000 10000 20000" [table]="5000 10000 20000" [html]="1000 2000 4000"
  [list]="50000 100000 200000" [digits]="100000 200000 400000" [jsonl]="50000 100000 200000"
  [dense]="20000 40000 80000" [csvcell]="40000 80000 160000")
shapes=("$@")
[ ${#shapes[@]} -eq 0 ] && shapes=(sentences sameday distinct numbers cr table html list digits jsonl dense csvcell)

printf "%-10s %8s %9s %8s %8s %10s %6s\n" shape size input_KB wall_s peak_MB output_KB csv_x
for shape in "${shapes[@]}"; do
  prev_n=""; prev_t=""; exponent=""
  for n in ${sizes[$shape]}; do
    in="$work/$shape-$n"; mkdir -p "$in"
    "gen_$shape" "$n" "$in"
    out="$work/out-$shape-$n"; rm -rf "$out"; mkdir -p "$out"
    /usr/bin/time -f "%e %M" -o "$work/time" "$here/claimtally" report "$in" -o "$out/r.xlsx" --csv "$out/csv" --quiet \
      > /dev/null 2> "$work/err" || { echo "$shape $n: run failed: $(tail -1 "$work/err")"; continue; }
    read -r wall rss < <(tail -1 "$work/time")
    in_kb=$(du -sk "$in" | cut -f1); out_kb=$(du -sk "$out" | cut -f1)
    csv_x=$(awk -v o="$(stat -c %s "$out/csv/claims.csv")" -v i="$(du -sb "$in" | cut -f1)" 'BEGIN { printf "%.1f", o / i }')
    if [ -n "$prev_n" ]; then
      exponent=$(awk -v t1="$prev_t" -v t2="$wall" -v n1="$prev_n" -v n2="$n" 'BEGIN { if (t1 > 0) printf "%.2f", log(t2 / t1) / log(n2 / n1) }')
    fi
    printf "%-10s %8s %9s %8s %8d %10s %6s %s\n" "$shape" "$n" "$in_kb" "$wall" $((rss / 1024)) "$out_kb" "$csv_x" \
      "${exponent:+growth $exponent}"
    prev_n="$n"; prev_t="$wall"
  done
done
