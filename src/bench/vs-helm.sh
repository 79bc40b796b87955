#!/usr/bin/env bash
# stackgen against helm, side by side in one run, with hyperfine (medians):
#   1. one-shot: 'stackgen render linera-validator -f minimal.yaml' with the launcher's class-data archive and
#      without it (STACKGEN_CDS=0), against 'helm template' of the upstream chart on the same values;
#   2. fleets of N generated linera-validator / linea-stack releases (FleetGenerator): 'stackgen render --fleet -o
#      --lint' (the CI job in one process) and 'render --fleet' + 'lint --fleet' (two processes), against a shell
#      loop of one 'helm template' per release, into one file per release (as 'render --fleet' prints to standard
#      output) and with --output-dir (one file per template, as 'render --fleet -o' writes).
#
#   HELM=/path/to/helm LINERA_CHART=/path/to/upstream/linera-validator LINEA_CHART=/path/to/upstream/linea-stack \
#     src/bench/vs-helm.sh [WORK_DIR] [SIZES...]        (defaults: /tmp/stackgen-bench 20 500)
#
# stackgen runs through cli/stackgen, as users run it: the archive is built first (--build-cache) and the launcher
# picks its JIT flags by workload. RT=1 runs every command at real-time priority (chrt -f 50, needs root), so that
# other work on a shared machine does not run in between; the load average is printed before and after each batch.
# The summary needs python3.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/stackgen-bench}"
shift || true
sizes=("${@:-20 500}")
: "${HELM:?path to the helm binary}" "${LINERA_CHART:?upstream linera-validator chart}" "${LINEA_CHART:?upstream linea-stack chart}"
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }
sg="$repo/cli/stackgen"
priority=()
[ "${RT:-0}" = 1 ] && priority=(chrt -f 50)
mkdir -p "$work"
"$sg" --build-cache

load() { cut -d' ' -f1-3 /proc/loadavg; }

summary() {
  python3 - "$1" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"  {r['command']:42s} median {r['median'] * 1000:9.1f} ms   (user {r['user'] * 1000:8.1f} ms, system {r['system'] * 1000:7.1f} ms)")
PY
}

values="$repo/charts/linera-validator/examples/minimal.yaml"
echo "== one-shot render: load before: $(load)"
"${priority[@]}" hyperfine -N --warmup 2 --runs 10 --export-json "$work/one-shot.json" \
  -n "stackgen render (archive)" "$sg render linera-validator -f $values" \
  -n "stackgen render (no archive)" "env STACKGEN_CDS=0 $sg render linera-validator -f $values" \
  -n "helm template" "$HELM template $LINERA_CHART -f $values" >/dev/null
echo "== one-shot render: load after: $(load)"
summary "$work/one-shot.json"

for n in ${sizes[@]}; do
  fleet="$work/fleet-$n"
  rm -rf "$fleet" && java "$repo/src/bench/java/io/stackgen/bench/FleetGenerator.java" "$n" "$fleet" >/dev/null
  f="$fleet/stackgen.fleet.yaml"
  runs=$([ "$n" -le 50 ] && echo 10 || echo 3)
  echo "== $n releases: load before: $(load)"
  "${priority[@]}" hyperfine --warmup 1 --runs "$runs" --export-json "$work/fleet-$n.json" \
    -n "stackgen render --fleet -o --lint" "$sg render --fleet $f -o $work/out-$n --lint --fail-on never >/dev/null 2>&1" \
    -n "stackgen render --fleet -o" "$sg render --fleet $f -o $work/out-$n 2>/dev/null" \
    -n "stackgen lint --fleet" "$sg lint --fleet $f --fail-on never >/dev/null" \
    -n "render --fleet + lint --fleet" "$sg render --fleet $f -o $work/out-$n 2>/dev/null && $sg lint --fleet $f --fail-on never >/dev/null" \
    -n "stackgen render --fleet > file" "$sg render --fleet $f >$work/out-$n.yaml 2>/dev/null" \
    -n "helm template loop" "OUT=$work/helm-$n HELM=$HELM LINERA_CHART=$LINERA_CHART LINEA_CHART=$LINEA_CHART $fleet/helm-template.sh" \
    -n "helm template --output-dir loop" "HELM_OUTPUT_DIR=1 OUT=$work/helm-dir-$n HELM=$HELM LINERA_CHART=$LINERA_CHART LINEA_CHART=$LINEA_CHART $fleet/helm-template.sh" \
    >/dev/null
  echo "== $n releases: load after: $(load)"
  summary "$work/fleet-$n.json"
done
