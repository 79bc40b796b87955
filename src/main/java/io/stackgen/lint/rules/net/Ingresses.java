package io.stackgen.lint.rules.net;

import io.stackgen.lint.model.Tree;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an Ingress (networking.k8s.io/v1, or the v1beta1 spelling) routes: hosts, paths and backend Services. */
final class Ingresses {
    static final String CLASS_ANNOTATION = "kubernetes.io/ingress.class";

    private Ingresses() {
    }

    /**
     * One path of one rule.
     *
     * @param host     the rule's host, empty when the rule matches every host
     * @param at       the path item's field path
     */
    record IngressPath(String host, String path, String pathType, List<Object> at) {
    }

    /**
     * A Service an Ingress sends traffic to.
     *
     * @param host       the rule's host; empty for the default backend or a rule without host
     * @param at         the backend's field path
     * @param service    the Service name
     * @param portNumber the port by number, or null
     * @param portName   the port by name, or null
     */
    record IngressBackend(String host, List<Object> at, String service, Long portNumber, String portName) {
        String port() {
            return portNumber != null ? String.valueOf(portNumber) : String.valueOf(portName);
        }
    }

    static boolean isIngress(ManifestObject object) {
        return object.kind().equals("Ingress")
                && (object.group().equals("networking.k8s.io") || object.group().equals("extensions"));
    }

    static List<IngressPath> paths(ManifestObject ingress) {
        List<IngressPath> paths = new ArrayList<>();
        List<?> rules = Tree.list(ingress.data(), List.of("spec", "rules"));
        for (int r = 0; r < rules.size(); r++) {
            String host = Tree.text(rules.get(r), List.of("host")).orElse("");
            List<?> items = Tree.list(rules.get(r), List.of("http", "paths"));
            for (int p = 0; p < items.size(); p++) {
                paths.add(new IngressPath(host, Tree.text(items.get(p), List.of("path")).orElse("/"),
                        Tree.text(items.get(p), List.of("pathType")).orElse("ImplementationSpecific"),
                        List.of("spec", "rules", r, "http", "paths", p)));
            }
        }
        return paths;
    }

    /** Hosts of the rules, with the path of each {@code host} field. */
    static List<Map.Entry<String, List<Object>>> hosts(ManifestObject ingress) {
        List<Map.Entry<String, List<Object>>> hosts = new ArrayList<>();
        List<?> rules = Tree.list(ingress.data(), List.of("spec", "rules"));
        for (int r = 0; r < rules.size(); r++) {
            int rule = r;
            Tree.text(rules.get(r), List.of("host")).filter(h -> !h.isBlank())
                    .ifPresent(h -> hosts.add(Map.entry(h, List.of("spec", "rules", rule, "host"))));
        }
        return hosts;
    }

    static List<IngressBackend> backends(ManifestObject ingress) {
        List<IngressBackend> backends = new ArrayList<>();
        for (String field : List.of("defaultBackend", "backend")) {
            backend(ingress, "", List.of("spec", field)).ifPresent(backends::add);
        }
        for (IngressPath path : paths(ingress)) {
            backend(ingress, path.host(), Tree.path(path.at(), "backend")).ifPresent(backends::add);
        }
        return backends;
    }

    /** The class that serves the Ingress: {@code spec.ingressClassName}, else the legacy annotation, else empty. */
    static String ingressClass(ManifestObject ingress) {
        return Tree.text(ingress.data(), List.of("spec", "ingressClassName"))
                .or(() -> Optional.ofNullable(ingress.annotations().get(CLASS_ANNOTATION)).map(String::valueOf))
                .orElse("");
    }

    /** v1 {@code service: {name, port: {number | name}}} or v1beta1 {@code serviceName, servicePort}. */
    private static Optional<IngressBackend> backend(ManifestObject ingress, String host, List<Object> at) {
        Map<String, Object> backend = Tree.map(ingress.data(), at);
        if (backend.isEmpty()) {
            return Optional.empty();
        }
        if (backend.get("service") instanceof Map<?, ?> service) {
            Object name = service.get("name");
            Long number = Tree.number(service, List.of("port", "number")).orElse(null);
            String portName = Tree.text(service, List.of("port", "name")).orElse(null);
            return Optional.ofNullable(name).map(n -> new IngressBackend(host, Tree.path(at, "service"), String.valueOf(n), number, portName));
        }
        if (backend.get("serviceName") != null) {
            Object port = backend.get("servicePort");
            return Optional.of(new IngressBackend(host, at, String.valueOf(backend.get("serviceName")),
                    port instanceof Number n ? n.longValue() : null, port instanceof Number || port == null ? null : String.valueOf(port)));
        }
        return Optional.empty();
    }
}
