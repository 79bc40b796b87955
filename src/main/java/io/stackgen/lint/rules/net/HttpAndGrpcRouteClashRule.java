package io.stackgen.lint.rules.net;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@LintRule(id = "NET02", title = "HTTPRoute and GRPCRoute with intersecting hostnames on one listener",
        severity = Severity.HIGH, family = Family.NET,
        rationale = "The Gateway API requires an implementation to reject the later of an HTTPRoute and a GRPCRoute "
                + "that attach to the same listener with intersecting hostnames (Accepted=False). Which one loses "
                + "depends on creation order, so a redeploy can take the gRPC endpoint of a validator offline.",
        fix = "Give gRPC and HTTP separate hostnames (grpc.example.org and www.example.org), or route both through "
                + "one HTTPRoute.",
        references = {"https://gateway-api.sigs.k8s.io/api-types/grpcroute/#cross-serving",
                "https://gateway-api.sigs.k8s.io/geps/gep-1016/"})
public final class HttpAndGrpcRouteClashRule implements Rule {

    /** A route on one attachment point, with the hostnames it serves there (null: every host). */
    private record Attached(GatewayApi.Route route, List<Hostnames.Pattern> hostnames) {
    }

    @Override
    public void check(LintSet set, FindingSink findings) {
        GatewayApi api = GatewayApi.of(set);
        Map<ManifestObject, Integer> order = new IdentityHashMap<>();
        for (ManifestObject object : set.objects()) {
            order.put(object, order.size());
        }
        Map<String, List<Attached>> byPoint = new LinkedHashMap<>();
        for (GatewayApi.Route route : api.routes()) {
            if (route.kind().equals("HTTPRoute") || route.kind().equals("GRPCRoute")) {
                attach(api, route, byPoint);
            }
        }
        Set<String> reported = new HashSet<>();
        for (Map.Entry<String, List<Attached>> point : byPoint.entrySet()) {
            Hostnames.Index<Attached> http = new Hostnames.Index<>();
            List<Attached> httpEverywhere = new ArrayList<>();
            List<Attached> httpAll = new ArrayList<>();
            for (Attached attached : point.getValue()) {
                if (attached.route().kind().equals("HTTPRoute")) {
                    httpAll.add(attached);
                    if (attached.hostnames() == null) {
                        httpEverywhere.add(attached);
                    } else {
                        attached.hostnames().forEach(h -> http.add(h, attached));
                    }
                }
            }
            for (Attached grpc : point.getValue()) {
                if (!grpc.route().kind().equals("GRPCRoute")) {
                    continue;
                }
                List<Attached> clashing = grpc.hostnames() == null ? httpAll : new ArrayList<>(httpEverywhere);
                if (grpc.hostnames() != null) {
                    for (Hostnames.Pattern hostname : grpc.hostnames()) {
                        clashing.addAll(http.intersecting(hostname));
                    }
                }
                for (Attached httpRoute : clashing) {
                    GatewayApi.Route a = httpRoute.route();
                    GatewayApi.Route b = grpc.route();
                    if (reported.add(a.describe() + " " + b.describe())) {
                        report(a, b, point.getKey(), order, findings);
                    }
                }
            }
        }
    }

    /** Reports on the route written later, which is the one a fresh install is likely to create later. */
    private static void report(GatewayApi.Route http, GatewayApi.Route grpc, String point,
                               Map<ManifestObject, Integer> order, FindingSink findings) {
        boolean grpcLater = order.get(grpc.object()) > order.get(http.object());
        GatewayApi.Route later = grpcLater ? grpc : http;
        GatewayApi.Route other = grpcLater ? http : grpc;
        List<Object> at = later.hostnames().isEmpty() ? later.parentRefs().get(0).at() : List.of("spec", "hostnames");
        findings.report(later.object(), at, later.kind() + " and " + other.describe() + " attach to " + point
                + " with intersecting hostnames; the implementation must reject whichever was created later");
    }

    /** Adds the route under each listener (or, for a Gateway not in the set, each parentRef) it attaches to. */
    private static void attach(GatewayApi api, GatewayApi.Route route, Map<String, List<Attached>> byPoint) {
        Set<String> points = new HashSet<>();
        for (GatewayApi.ParentRef ref : route.parentRefs()) {
            if (!ref.isGateway()) {
                continue;
            }
            if (api.gateway(ref).isEmpty()) {
                String point = "parent " + ref.describe();
                if (points.add(point)) {
                    byPoint.computeIfAbsent(point, p -> new ArrayList<>()).add(new Attached(route, patterns(route)));
                }
                continue;
            }
            for (GatewayApi.Listener listener : api.selected(ref)) {
                if (!api.admits(listener, route)) {
                    continue;
                }
                List<Hostnames.Pattern> served = served(route, listener);
                String point = listener.describe();
                if ((served == null || !served.isEmpty()) && points.add(point)) {
                    byPoint.computeIfAbsent(point, p -> new ArrayList<>()).add(new Attached(route, served));
                }
            }
        }
    }

    /** The route's hostnames, or null when it has none (it then takes every host its listener takes). */
    private static List<Hostnames.Pattern> patterns(GatewayApi.Route route) {
        return route.hostnames().isEmpty() ? null : route.hostnames().stream().map(GatewayApi.RouteHostname::pattern).toList();
    }

    /** What the route serves on the listener: its hostnames that the listener takes, or the listener's, or null (all). */
    private static List<Hostnames.Pattern> served(GatewayApi.Route route, GatewayApi.Listener listener) {
        List<Hostnames.Pattern> own = patterns(route);
        if (listener.hostname() == null) {
            return own;
        }
        if (own == null) {
            return List.of(listener.hostname());
        }
        return own.stream().filter(h -> Hostnames.intersect(h, listener.hostname())).toList();
    }
}
