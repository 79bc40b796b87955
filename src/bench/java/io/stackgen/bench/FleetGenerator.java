package io.stackgen.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a benchmark fleet: N releases, alternately linera-validator and linea-stack, with varied values (replica
 * counts, image tags, namespaces, Gateway on or off, monitoring on or off, backups on or off), each written so that
 * both stackgen's chart and the upstream Helm chart accept it. Into DIR it writes:
 *
 * <ul>
 *   <li>{@code stackgen.fleet.yaml} and {@code values/<release>.yaml};</li>
 *   <li>{@code helm-template.sh}: the same releases as one {@code helm template} per release, against the upstream
 *       charts named by {@code $HELM}, {@code $LINERA_CHART} and {@code $LINEA_CHART}, each output into
 *       {@code $OUT/<release>.yaml}, or with {@code HELM_OUTPUT_DIR=1} into {@code $OUT/<release>/} by
 *       {@code --output-dir}.</li>
 * </ul>
 *
 * Uses the JDK alone, so it runs without a build:
 * <pre>java src/bench/java/io/stackgen/bench/FleetGenerator.java 500 /tmp/fleet-500</pre>
 */
public final class FleetGenerator {
    private static final String[] REGIONS = {"eu", "us", "ap", "sa"};

    private FleetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FleetGenerator RELEASES DIR");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        write(count, dir);
        System.err.println("wrote " + count + " releases to " + dir.resolve("stackgen.fleet.yaml"));
    }

    /** A release of the generated fleet. */
    record Release(String name, String chart, String namespace, String values) {
    }

    static List<Release> write(int count, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("values"));
        List<Release> releases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Release release = i % 2 == 0 ? linera(i) : linea(i);
            releases.add(release);
            Files.writeString(dir.resolve("values/" + release.name() + ".yaml"), release.values());
        }
        Files.writeString(dir.resolve("stackgen.fleet.yaml"), fleet(releases));
        Path script = dir.resolve("helm-template.sh");
        Files.writeString(script, helmLoop(releases));
        if (!script.toFile().setExecutable(true)) {
            throw new UncheckedIOException(new IOException("cannot make " + script + " executable"));
        }
        return releases;
    }

    private static Release linera(int i) {
        String region = REGIONS[i / 2 % REGIONS.length];
        String name = "linera-" + region + "-" + i;
        String namespace = "linera-" + region;
        StringBuilder values = new StringBuilder()
                .append("validatorImage:\n")
                .append("  repository: registry.example.com/linera/linera-validator\n")
                .append("  tag: \"0.13.").append(i % 5).append("\"\n")
                .append("clientImage:\n")
                .append("  repository: registry.example.com/linera/linera-client\n")
                .append("  tag: \"0.13.").append(i % 5).append("\"\n")
                .append("validator:\n")
                .append("  existingSecret: ").append(name).append("-config\n")
                .append("validatorLabel: ").append(name).append('\n')
                .append("storage:\n")
                .append("  uri: \"scylladb:tcp:scylla-client.scylla-").append(region).append(".svc.cluster.local:9042\"\n")
                .append("  replicationFactor: ").append(1 + i % 3).append('\n')
                .append("shards:\n")
                .append("  replicas: ").append(2 + i % 7).append('\n')
                .append("proxies:\n")
                .append("  replicas: ").append(1 + i % 3).append('\n')
                .append("useComponentPrefix: true\n");
        if (i % 3 == 0) {
            values.append("gateway:\n")
                    .append("  enabled: true\n")
                    .append("  className: envoy\n")
                    .append("  hostname: ").append(name).append(".example.org\n")
                    .append("  tlsSecretName: ").append(name).append("-tls\n");
        }
        if (i % 4 == 0) {
            values.append("serviceMonitor:\n  enabled: true\n  labels:\n    release: prometheus\n")
                    .append("prometheusRule:\n  enabled: true\n");
        }
        if (i % 5 == 0) {
            values.append("networkPolicy:\n  enabled: true\n");
        }
        return new Release(name, "linera-validator", namespace, values.toString());
    }

    private static Release linea(int i) {
        String region = REGIONS[i / 2 % REGIONS.length];
        String name = "linea-" + region + "-" + i;
        String namespace = "linea-" + region;
        StringBuilder values = new StringBuilder()
                .append("global:\n")
                .append("  namespace: ").append(namespace).append('\n')
                .append("besu:\n")
                .append("  replicas: ").append(1 + i % 3).append('\n')
                .append("  image:\n")
                .append("    tag: \"beta-v4.0-rc").append(18 + i % 3).append("\"\n")
                .append("  service:\n")
                .append("    type: ").append(i % 3 == 1 ? "LoadBalancer" : "ClusterIP").append('\n')
                .append("  hpa:\n")
                .append("    enabled: ").append(i % 4 != 3).append('\n')
                .append("  persistence:\n")
                .append("    size: ").append(50 * (1 + i % 4)).append("Gi\n")
                .append("metrics:\n")
                .append("  serviceMonitor:\n")
                .append("    enabled: ").append(i % 4 == 1).append('\n');
        if (i % 5 == 1) {
            values.append("backup:\n")
                    .append("  enabled: true\n")
                    .append("  storage:\n")
                    .append("    bucket: linea-backups-").append(region).append('\n')
                    .append("    region: eu-west-1\n");
        }
        return new Release(name, "linea-stack", namespace, values.toString());
    }

    private static String fleet(List<Release> releases) {
        StringBuilder yaml = new StringBuilder("# Generated by FleetGenerator: ").append(releases.size()).append(" releases.\n")
                .append("releases:\n");
        for (Release release : releases) {
            yaml.append("  - name: ").append(release.name()).append('\n')
                    .append("    chart: ").append(release.chart()).append('\n')
                    .append("    namespace: ").append(release.namespace()).append('\n')
                    .append("    values: [values/").append(release.name()).append(".yaml]\n")
                    .append("    groups: [").append(release.chart().startsWith("linera") ? "linera" : "linea").append(", ")
                    .append(release.namespace().substring(release.namespace().indexOf('-') + 1)).append("]\n");
        }
        return yaml.toString();
    }

    private static String helmLoop(List<Release> releases) {
        StringBuilder script = new StringBuilder("""
                #!/usr/bin/env bash
                # Generated by FleetGenerator: one 'helm template' per release of stackgen.fleet.yaml, into $OUT/<release>.yaml,
                # or with HELM_OUTPUT_DIR=1 into $OUT/<release>/ with --output-dir (one file per template, the layout of
                # 'stackgen render --fleet -o').
                set -euo pipefail
                cd "$(dirname "$0")"
                : "${HELM:?path to the helm binary}" "${LINERA_CHART:?upstream linera-validator chart}" \\
                  "${LINEA_CHART:?upstream linea-stack chart}" "${OUT:?output folder}"
                mkdir -p "$OUT"
                render() {
                  if [ -n "${HELM_OUTPUT_DIR:-}" ]; then
                    "$HELM" template "$1" "$2" -n "$3" -f "values/$1.yaml" --output-dir "$OUT/$1" >/dev/null
                  else
                    "$HELM" template "$1" "$2" -n "$3" -f "values/$1.yaml" >"$OUT/$1.yaml"
                  fi
                }
                """);
        for (Release release : releases) {
            String chart = release.chart().equals("linera-validator") ? "$LINERA_CHART" : "$LINEA_CHART";
            script.append("render ").append(release.name()).append(" \"").append(chart).append("\" ")
                    .append(release.namespace()).append('\n');
        }
        return script.toString();
    }
}
