#!/usr/bin/env bash
# Keepwise benchmark: fixed inputs (generated with a fixed seed), measured end to end.
#
#   bench/run.sh [CUSTOMERS...]        default: 100000 1000000
#   SHAPE=grouped bench/run.sh ...     datasets with each customer's rows together (default: export)
#   RUNS=1 bench/run.sh ...            runs per measurement (default 3; the median is reported)
#
# For each size it generates a dataset once (bench/data/SHAPE-N, reused on later runs), by default
# shaped as real systems export (time order, customers interleaved, own column order, seconds,
# multi-line notes), then times each step RUNS times and reports the median wall time, CPU time
# (user + system) and peak resident memory, from /usr/bin/time:
#   check  — read and validate every file
#   score  — read, score and write decisions.csv
#   site   — read, score and build the review site (sizes up to 100,000 customers), with and
#            without review.pdf
#   site rebuild — the site built again into its own directory after a small policy change: the
#            default policy with the medium-risk band starting at 17 instead of 15, which moves
#            ~1% of decisions (102 of 10,000 on the export-shaped dataset, seed 42); before each
#            timed run the site is built with the default policy again (not timed)
# The JVM gets -Xmx2g, the budget the issues set. Results go to bench/results/<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-100000 1000000}")
[ $# -eq 0 ] && sizes=(100000 1000000)
jar=reports/target/keepwise.jar
[ -f "$jar" ] || ./mvnw -q package -DskipTests
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
java=(java -Xmx2g -XX:+UseG1GC -jar "$jar")
shape=${SHAPE:-export}
runs=${RUNS:-3}
mkdir -p bench/data bench/results
out=bench/results/$(date -u +%Y-%m-%dT%H%M%SZ).txt
echo "keepwise bench, $(nproc) cores, $(java -version 2>&1 | head -1)" | tee "$out"

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

measure() { # label, command...: the medians of $runs runs
  local label=$1; shift
  local walls=() cpus=() peaks=()
  for _ in $(seq "$runs"); do
    if [ -n "${prepare:-}" ]; then eval "$prepare" >/dev/null; fi
    /usr/bin/time -f "%e %U %S %M" -o /tmp/keepwise-bench-time "$@" >/dev/null
    read -r seconds user system kilobytes < /tmp/keepwise-bench-time
    walls+=("$seconds"); cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN {print u + s}')"); peaks+=("$((kilobytes / 1024))")
  done
  printf '%-28s %8.1f s wall %8.1f s CPU %8d MB peak  (median of %d; load %s)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${peaks[@]}" | median)" "$runs" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out"
}

for n in "${sizes[@]}"; do
  data=bench/data/$shape-$n
  if [ ! -f "$data/customers.csv" ]; then
    rm -rf "$data"
    runs=1 measure "generate $n ($shape)" "${java[@]}" generate --customers "$n" --seed 42 --shape "$shape" --out "$data"
  fi
  echo "dataset $n ($shape): $(du -sh "$data" | cut -f1), $(cat "$data"/*.csv | wc -l) lines" | tee -a "$out"
  measure "check $n" "${java[@]}" check --data "$data"
  measure "score $n" "${java[@]}" score --data "$data" --out "/tmp/keepwise-bench-$n.csv"
  if [ "$n" -le 100000 ]; then
    # Each full build starts from nothing: into an existing site, unchanged pages would be kept.
    prepare="rm -rf /tmp/keepwise-bench-site-$n" \
      measure "site $n" "${java[@]}" site --data "$data" --out "/tmp/keepwise-bench-site-$n"
    nopdf=/tmp/keepwise-bench-nopdf-$n.yaml
    printf 'title: Keepwise bench\ndataset: %s\nout: /tmp/keepwise-bench-site-%s\npdf:\n  enabled: false\n' \
      "$PWD/$data" "$n" > "$nopdf"
    prepare="rm -rf /tmp/keepwise-bench-site-$n" \
      measure "site $n, no review.pdf" "${java[@]}" site --config "$nopdf"
    rm -rf "/tmp/keepwise-bench-site-$n"
    "${java[@]}" site --data "$data" --out "/tmp/keepwise-bench-site-$n" >/dev/null
    echo "site $n: $(find "/tmp/keepwise-bench-site-$n" -name '*.html' | wc -l) pages, $(du -sh "/tmp/keepwise-bench-site-$n" | cut -f1)" | tee -a "$out"
    tweak=/tmp/keepwise-bench-tweak.yaml
    unzip -p "$jar" com/keepwise/scoring/policy/default-policy.yaml \
      | sed 's/^  risk_medium: 15$/  risk_medium: 17/' > "$tweak"
    grep -q '^  risk_medium: 17$' "$tweak" || { echo "the policy tweak found nothing to change"; exit 1; }
    prepare="${java[*]} site --data $data --out /tmp/keepwise-bench-site-$n" \
      measure "site rebuild $n" "${java[@]}" site --data "$data" --policy "$tweak" --out "/tmp/keepwise-bench-site-$n"
  fi
done
