package io.stackgen.lint.rules.net;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.LabelSelector;
import io.stackgen.lint.model.Tree;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Gateway API objects of a set, indexed once: Gateways and their listeners, routes and their parentRefs,
 * ReferenceGrants, and which listeners a parentRef attaches to (sectionName, port, allowedRoutes).
 */
final class GatewayApi {
    static final String GROUP = "gateway.networking.k8s.io";
    static final Set<String> ROUTE_KINDS = Set.of("HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute");
    private static final Map<String, Set<String>> DEFAULT_ROUTE_KINDS = Map.of(
            "HTTP", Set.of("HTTPRoute", "GRPCRoute"), "HTTPS", Set.of("HTTPRoute", "GRPCRoute"),
            "TLS", Set.of("TLSRoute"), "TCP", Set.of("TCPRoute"), "UDP", Set.of("UDPRoute"));

    /** A route's reference to the Gateway (or listener) it attaches to; defaults filled in. */
    record ParentRef(int index, String group, String kind, String namespace, String name, String sectionName, Long port) {
        List<Object> at() {
            return List.of("spec", "parentRefs", index);
        }

        boolean isGateway() {
            return group.equals(GROUP) && kind.equals("Gateway");
        }

        String describe() {
            return namespace + "/" + name + (sectionName == null ? "" : " section " + sectionName)
                    + (port == null ? "" : " port " + port);
        }
    }

    /** One entry of a route's {@code spec.hostnames}. */
    record RouteHostname(int index, Hostnames.Pattern pattern) {
        List<Object> at() {
            return List.of("spec", "hostnames", index);
        }
    }

    record Route(ManifestObject object, String namespace, List<RouteHostname> hostnames, List<ParentRef> parentRefs) {
        String kind() {
            return object.kind();
        }

        String describe() {
            return kind() + "/" + namespace + "/" + object.name();
        }
    }

    /** One listener of a Gateway. {@code hostname} is null when the listener takes every host. */
    record Listener(ManifestObject gateway, String namespace, int index, String name, String protocol, Long port,
                    Hostnames.Pattern hostname, Map<String, Object> data) {
        List<Object> at(Object... more) {
            return Tree.path(List.of("spec", "listeners", index), more);
        }

        String describe() {
            return "listener '" + name + "' of Gateway " + namespace + "/" + gateway.name();
        }
    }

    private final LintSet set;
    private final Map<String, ManifestObject> gateways = new LinkedHashMap<>();
    private final Map<String, List<Listener>> listeners = new HashMap<>();
    private final Map<String, ManifestObject> namespaces = new HashMap<>();
    private final Map<String, List<ManifestObject>> grantsByNamespace = new HashMap<>();
    private final List<Route> routes = new ArrayList<>();

    private GatewayApi(LintSet set) {
        this.set = set;
    }

    /** The set's Gateway API objects, indexed once for all rules. */
    static GatewayApi of(LintSet set) {
        return set.shared(GatewayApi.class, GatewayApi::index);
    }

    private static GatewayApi index(LintSet set) {
        GatewayApi api = new GatewayApi(set);
        for (ManifestObject object : set.objects()) {
            if (object.kind().equals("Namespace") && object.group().isEmpty()) {
                api.namespaces.put(object.name(), object);
            }
            if (!object.apiVersion().startsWith(GROUP + "/")) {
                continue;
            }
            String namespace = set.namespaceOf(object);
            if (object.kind().equals("Gateway")) {
                String key = namespace + "/" + object.name();
                api.gateways.put(key, object);
                api.listeners.put(key, listenersOf(object, namespace));
            } else if (object.kind().equals("ReferenceGrant")) {
                api.grantsByNamespace.computeIfAbsent(namespace, n -> new ArrayList<>()).add(object);
            } else if (ROUTE_KINDS.contains(object.kind())) {
                api.routes.add(routeOf(object, namespace));
            }
        }
        return api;
    }

    List<Route> routes() {
        return routes;
    }

    Optional<ManifestObject> gateway(ParentRef ref) {
        return Optional.ofNullable(gateways.get(ref.namespace() + "/" + ref.name()));
    }

    List<ManifestObject> gateways() {
        return List.copyOf(gateways.values());
    }

    List<Listener> listeners(String namespace, String gateway) {
        return listeners.getOrDefault(namespace + "/" + gateway, List.of());
    }

    /** Listeners of the referenced Gateway that the ref's sectionName and port select. */
    List<Listener> selected(ParentRef ref) {
        return listeners(ref.namespace(), ref.name()).stream()
                .filter(l -> ref.sectionName() == null || ref.sectionName().equals(l.name()))
                .filter(l -> ref.port() == null || ref.port().equals(l.port()))
                .toList();
    }

    /** Whether the listener's allowedRoutes admit this route's kind and namespace. */
    boolean admits(Listener listener, Route route) {
        Map<String, Object> allowed = Tree.map(listener.data(), List.of("allowedRoutes"));
        List<?> kinds = Tree.list(allowed, List.of("kinds"));
        if (kinds.isEmpty()) {
            Set<String> defaults = DEFAULT_ROUTE_KINDS.get(listener.protocol());
            if (defaults != null && !defaults.contains(route.kind())) {
                return false;
            }
        } else if (kinds.stream().noneMatch(k -> Tree.text(k, List.of("kind")).orElse("").equals(route.kind())
                && Tree.text(k, List.of("group")).orElse(GROUP).equals(GROUP))) {
            return false;
        }
        String from = Tree.text(allowed, List.of("namespaces", "from")).orElse("Same");
        return switch (from) {
            case "All" -> true;
            case "Same" -> route.namespace().equals(listener.namespace());
            case "Selector" -> {
                ManifestObject namespace = namespaces.get(route.namespace());
                // Without the Namespace object its labels are unknown: assume the selector was written for it.
                yield namespace == null || LabelSelector.of(Tree.at(allowed, List.of("namespaces", "selector")).orElse(Map.of()))
                        .matches(namespace.labels());
            }
            default -> false;
        };
    }

    /**
     * Whether a ReferenceGrant in {@code toNamespace} lets objects of {@code fromKind} in {@code fromNamespace}
     * refer to the {@code toGroup}/{@code toKind} named {@code toName}.
     */
    boolean granted(String fromKind, String fromNamespace, String toNamespace, String toGroup, String toKind, String toName) {
        for (ManifestObject grant : grantsByNamespace.getOrDefault(toNamespace, List.of())) {
            boolean fromMatches = Tree.list(grant.data(), List.of("spec", "from")).stream().anyMatch(f ->
                    Tree.text(f, List.of("group")).orElse("").equals(GROUP)
                            && Tree.text(f, List.of("kind")).orElse("").equals(fromKind)
                            && Tree.text(f, List.of("namespace")).orElse("").equals(fromNamespace));
            boolean toMatches = Tree.list(grant.data(), List.of("spec", "to")).stream().anyMatch(t ->
                    Tree.text(t, List.of("group")).orElse("").equals(toGroup)
                            && Tree.text(t, List.of("kind")).orElse("").equals(toKind)
                            && Tree.text(t, List.of("name")).map(toName::equals).orElse(true));
            if (fromMatches && toMatches) {
                return true;
            }
        }
        return false;
    }

    String namespaceOf(ManifestObject object) {
        return set.namespaceOf(object);
    }

    private static List<Listener> listenersOf(ManifestObject gateway, String namespace) {
        List<Listener> found = new ArrayList<>();
        List<?> items = Tree.list(gateway.data(), List.of("spec", "listeners"));
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> data = Tree.map(items.get(i), List.of());
            found.add(new Listener(gateway, namespace, i, Tree.text(data, List.of("name")).orElse(""),
                    Tree.text(data, List.of("protocol")).orElse(""), Tree.number(data, List.of("port")).orElse(null),
                    Tree.text(data, List.of("hostname")).filter(h -> !h.isBlank()).map(Hostnames::gateway).orElse(null),
                    data));
        }
        return List.copyOf(found);
    }

    private static Route routeOf(ManifestObject route, String namespace) {
        List<RouteHostname> hostnames = new ArrayList<>();
        List<?> names = Tree.list(route.data(), List.of("spec", "hostnames"));
        for (int i = 0; i < names.size(); i++) {
            hostnames.add(new RouteHostname(i, Hostnames.gateway(String.valueOf(names.get(i)))));
        }
        List<ParentRef> parents = new ArrayList<>();
        List<?> refs = Tree.list(route.data(), List.of("spec", "parentRefs"));
        for (int i = 0; i < refs.size(); i++) {
            Object ref = refs.get(i);
            parents.add(new ParentRef(i, Tree.text(ref, List.of("group")).orElse(GROUP),
                    Tree.text(ref, List.of("kind")).orElse("Gateway"),
                    Tree.text(ref, List.of("namespace")).orElse(namespace),
                    Tree.text(ref, List.of("name")).orElse(""),
                    Tree.text(ref, List.of("sectionName")).orElse(null),
                    Tree.number(ref, List.of("port")).orElse(null)));
        }
        return new Route(route, namespace, List.copyOf(hostnames), List.copyOf(parents));
    }
}
