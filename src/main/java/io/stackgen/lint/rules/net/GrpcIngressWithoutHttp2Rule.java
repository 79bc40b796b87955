package io.stackgen.lint.rules.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Workload;
import io.stackgen.lint.model.WorkloadIndex;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@LintRule(id = "NET03", title = "gRPC behind an Ingress without HTTP/2 to the backend or without TLS",
        severity = Severity.HIGH, family = Family.NET,
        rationale = "gRPC runs over HTTP/2. An Ingress controller that talks HTTP/1.1 to the backend (the default of "
                + "ingress-nginx, GKE and others) breaks every call, and clients only negotiate HTTP/2 with the load "
                + "balancer over TLS (ALPN). A Linera validator's proxy behind such an Ingress is unreachable for "
                + "wallets and other validators.",
        fix = "Tell the controller the backend speaks gRPC (ingress-nginx: nginx.ingress.kubernetes.io/backend-protocol: "
                + "\"GRPC\"; GKE: cloud.google.com/app-protocols '{\"<port>\":\"HTTP2\"}' on the Service; or "
                + "appProtocol: kubernetes.io/h2c on the Service port) and terminate TLS on the Ingress (spec.tls).",
        references = {"https://kubernetes.github.io/ingress-nginx/examples/grpc/",
                "https://cloud.google.com/kubernetes-engine/docs/how-to/ingress-http2",
                "https://gateway-api.sigs.k8s.io/guides/backend-protocol/"})
public final class GrpcIngressWithoutHttp2Rule implements Rule {
    private static final Pattern GRPC_PORT_NAME = Pattern.compile("(?i)^(grpcs?|h2c?|http2)(-.*)?$|.*-grpc$|^linera-port$");
    private static final Set<String> HTTP2_APP_PROTOCOLS = Set.of("grpc", "h2c", "http2", "kubernetes.io/h2c");
    private static final Set<String> GRPC_BACKEND_PROTOCOLS = Set.of("GRPC", "GRPCS");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void check(LintSet set, FindingSink findings) {
        ServicePorts services = ServicePorts.of(set);
        WorkloadIndex workloads = WorkloadIndex.of(set);
        for (ManifestObject ingress : set.objects()) {
            if (!Ingresses.isIngress(ingress)) {
                continue;
            }
            String namespace = set.namespaceOf(ingress);
            for (Ingresses.IngressBackend backend : Ingresses.backends(ingress)) {
                Optional<ManifestObject> service = services.service(namespace, backend.service());
                if (service.isEmpty()) {
                    continue; // NET08's finding
                }
                Map<String, Object> port = ServicePorts.port(service.get(), backend.portNumber(), backend.portName()).orElse(Map.of());
                Optional<String> grpc = grpcEvidence(service.get(), port, workloads.select(namespace,
                        LabelSelector.ofLabels(Tree.map(service.get().data(), List.of("spec", "selector")))));
                if (grpc.isEmpty()) {
                    continue;
                }
                List<String> missing = new ArrayList<>();
                if (!speaksHttp2(ingress, service.get(), port)) {
                    missing.add("no HTTP/2 backend setting (e.g. nginx.ingress.kubernetes.io/backend-protocol: \"GRPC\")");
                }
                if (!hasTls(ingress, backend.host())) {
                    missing.add("no TLS for " + (backend.host().isEmpty() ? "its hosts" : backend.host())
                            + ", so clients cannot negotiate HTTP/2");
                }
                if (!missing.isEmpty()) {
                    findings.report(ingress, backend.at(), "backend " + backend.service() + ":" + backend.port()
                            + " is gRPC (" + grpc.get() + ") but the Ingress has " + String.join(" and ", missing));
                }
            }
        }
    }

    private static Optional<String> grpcEvidence(ManifestObject service, Map<String, Object> port, List<Workload> pods) {
        String name = Tree.text(port, List.of("name")).orElse("");
        String appProtocol = Tree.text(port, List.of("appProtocol")).orElse("").toLowerCase(Locale.ROOT);
        if (GRPC_PORT_NAME.matcher(name).matches()) {
            return Optional.of("port named " + name);
        }
        if (HTTP2_APP_PROTOCOLS.contains(appProtocol)) {
            return Optional.of("appProtocol " + appProtocol);
        }
        for (Workload workload : pods) {
            for (Container container : workload.containers()) {
                if (container.image().contains("linera-proxy") || container.commandLine().stream().anyMatch(c -> c.contains("linera-proxy"))) {
                    return Optional.of("Linera proxy in " + workload.kind() + "/" + workload.object().name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean speaksHttp2(ManifestObject ingress, ManifestObject service, Map<String, Object> port) {
        Map<String, Object> annotations = ingress.annotations();
        String backendProtocol = String.valueOf(annotations.getOrDefault("nginx.ingress.kubernetes.io/backend-protocol", ""));
        String grpcServices = String.valueOf(annotations.getOrDefault("nginx.org/grpc-services", ""));
        String awsProtocol = String.valueOf(annotations.getOrDefault("alb.ingress.kubernetes.io/backend-protocol-version", ""));
        String traefikScheme = String.valueOf(service.annotations().getOrDefault("traefik.ingress.kubernetes.io/service.serversscheme", ""));
        String appProtocol = Tree.text(port, List.of("appProtocol")).orElse("").toLowerCase(Locale.ROOT);
        String portName = Tree.text(port, List.of("name")).orElse("");
        return GRPC_BACKEND_PROTOCOLS.contains(backendProtocol.toUpperCase(Locale.ROOT))
                || List.of(LIST_SEPARATOR.split(grpcServices)).contains(service.name())
                || awsProtocol.equalsIgnoreCase("GRPC") || awsProtocol.equalsIgnoreCase("HTTP2")
                || gkeProtocol(service, portName).equalsIgnoreCase("HTTP2")
                || traefikScheme.equalsIgnoreCase("h2c")
                || appProtocol.equals("kubernetes.io/h2c") || appProtocol.equals("http2");
    }

    /** GKE's per-port backend protocol: Service annotation {@code cloud.google.com/app-protocols: '{"port-name": "HTTP2"}'}. */
    private static String gkeProtocol(ManifestObject service, String portName) {
        Object protocols = service.annotations().get("cloud.google.com/app-protocols");
        if (protocols == null || portName.isEmpty()) {
            return "";
        }
        try {
            return String.valueOf(JSON.readValue(String.valueOf(protocols), Map.class).getOrDefault(portName, ""));
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** Whether some {@code spec.tls} entry covers the host (an entry without hosts covers all). */
    private static boolean hasTls(ManifestObject ingress, String host) {
        for (Object entry : Tree.list(ingress.data(), List.of("spec", "tls"))) {
            List<?> hosts = Tree.list(entry, List.of("hosts"));
            if (hosts.isEmpty() || host.isEmpty() || hosts.stream().map(String::valueOf)
                    .anyMatch(h -> Hostnames.intersect(Hostnames.ingress(h), Hostnames.ingress(host)))) {
                return true;
            }
        }
        return false;
    }
}
