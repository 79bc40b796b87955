#!/usr/bin/env bash
# Times 'stackgen render --fleet' + 'stackgen lint --fleet' against one 'helm template' per release, for generated
# fleets of linera-validator and linea-stack releases (FleetGenerator), with hyperfine.
#
#   HELM=/path/to/helm LINERA_CHART=/path/to/upstream/linera-validator LINEA_CHART=/path/to/upstream/linea-stack \
#     src/bench/fleet-vs-helm.sh [WORK_DIR] [SIZES...]        (defaults: /tmp/stackgen-fleet-bench 20 500)
#
# stackgen runs from target/stackgen.jar (mvn -B -q -DskipTests package first) with the launcher's JVM flags
# (C1 only, serial GC); WITH_C2=1 adds the JVM's defaults (C2 as well) for comparison. The load average is
# printed before and after each batch: the figures mean little on a busy machine.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/stackgen-fleet-bench}"
shift || true
sizes=("${@:-20 500}")
: "${HELM:?path to the helm binary}" "${LINERA_CHART:?upstream linera-validator chart}" "${LINEA_CHART:?upstream linea-stack chart}"
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }
jar="$repo/target/stackgen.jar"
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 2; }

launcher_flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr"
sg_c1="java $launcher_flags -Dstackgen.home=$repo -jar $jar"
sg_c2="java -Xshare:auto -Xlog:disable -Xlog:all=warning:stderr -Dstackgen.home=$repo -jar $jar"

for n in ${sizes[@]}; do
  fleet="$work/fleet-$n"
  rm -rf "$fleet" && java "$repo/src/bench/java/io/stackgen/bench/FleetGenerator.java" "$n" "$fleet"
  f="$fleet/stackgen.fleet.yaml"
  runs=$([ "$n" -le 50 ] && echo 10 || echo 3)
  echo "== $n releases: load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  HELM="$HELM" LINERA_CHART="$LINERA_CHART" LINEA_CHART="$LINEA_CHART" OUT="$work/helm-$n" \
    hyperfine --warmup 1 --runs "$runs" --export-json "$work/hyperfine-$n.json" \
      -n "stackgen render+lint (C1)" "$sg_c1 render --fleet $f -o $work/out-$n 2>/dev/null && $sg_c1 lint --fleet $f --fail-on never >/dev/null" \
      ${WITH_C2:+-n "stackgen render+lint (C2)" "$sg_c2 render --fleet $f -o $work/out-$n 2>/dev/null && $sg_c2 lint --fleet $f --fail-on never >/dev/null"} \
      -n "stackgen render (C1)" "$sg_c1 render --fleet $f -o $work/out-$n 2>/dev/null" \
      -n "stackgen lint (C1)" "$sg_c1 lint --fleet $f --fail-on never >/dev/null" \
      -n "helm template loop" "OUT=$work/helm-$n HELM=$HELM LINERA_CHART=$LINERA_CHART LINEA_CHART=$LINEA_CHART $fleet/helm-template.sh"
  echo "== $n releases: load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
