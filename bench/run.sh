#!/usr/bin/env bash
# Keepwise benchmark: fixed inputs (generated with a fixed seed), measured end to end.
#
#   bench/run.sh [CUSTOMERS...]        default: 100000 1000000
#
# For each size it generates a dataset once (bench/data/N, reused on later runs), then times, with
# peak resident memory from /usr/bin/time:
#   check  — read and validate every file
#   score  — read, score and write decisions.csv
#   site   — read, score and build the review site (sizes up to 100,000 customers)
# The JVM gets -Xmx2g, the budget the issues set. Results go to bench/results/<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-100000 1000000}")
[ $# -eq 0 ] && sizes=(100000 1000000)
jar=reports/target/keepwise.jar
[ -f "$jar" ] || ./mvnw -q package -DskipTests
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
java=(java -Xmx2g -XX:+UseG1GC -jar "$jar")
mkdir -p bench/data bench/results
out=bench/results/$(date -u +%Y-%m-%dT%H%M%SZ).txt
echo "keepwise bench, $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$out"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o /tmp/keepwise-bench-time "$@" >/dev/null
  read -r seconds kilobytes < /tmp/keepwise-bench-time
  printf '%-28s %8.1f s %8d MB peak\n' "$label" "$seconds" "$((kilobytes / 1024))" | tee -a "$out"
}

for n in "${sizes[@]}"; do
  data=bench/data/$n
  if [ ! -f "$data/customers.csv" ]; then
    rm -rf "$data"
    measure "generate $n" "${java[@]}" generate --customers "$n" --seed 42 --out "$data"
  fi
  echo "dataset $n: $(du -sh "$data" | cut -f1), $(cat "$data"/*.csv | wc -l) lines" | tee -a "$out"
  measure "check $n" "${java[@]}" check --data "$data"
  measure "score $n" "${java[@]}" score --data "$data" --out "/tmp/keepwise-bench-$n.csv"
  if [ "$n" -le 100000 ]; then
    rm -rf "/tmp/keepwise-bench-site-$n"
    measure "site $n" "${java[@]}" site --data "$data" --out "/tmp/keepwise-bench-site-$n"
    echo "site $n: $(find "/tmp/keepwise-bench-site-$n" -name '*.html' | wc -l) pages, $(du -sh "/tmp/keepwise-bench-site-$n" | cut -f1)" | tee -a "$out"
  fi
done
