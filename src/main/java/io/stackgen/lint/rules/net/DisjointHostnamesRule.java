package io.stackgen.lint.rules.net;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import java.util.List;

@LintRule(id = "NET05", title = "Route hostnames that no listener of its Gateway takes", severity = Severity.HIGH,
        family = Family.NET,
        rationale = "A route attaches to a listener only when their hostnames intersect (a listener's *.example.com "
                + "takes rpc.example.com, not example.com). Otherwise the route is not accepted there and its host "
                + "answers 404 while both objects look fine.",
        fix = "Make the route's hostnames fall under the listener's hostname (or drop the hostname from one of them).",
        references = {"https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io/v1.HTTPRouteSpec",
                "https://gateway-api.sigs.k8s.io/api-types/gateway/#listeners"})
public final class DisjointHostnamesRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        GatewayApi api = GatewayApi.of(set);
        for (GatewayApi.Route route : api.routes()) {
            if (route.hostnames().isEmpty()) {
                continue;
            }
            for (GatewayApi.ParentRef ref : route.parentRefs()) {
                if (!ref.isGateway() || api.gateway(ref).isEmpty()) {
                    continue;
                }
                List<GatewayApi.Listener> candidates = api.selected(ref).stream().filter(l -> api.admits(l, route)).toList();
                if (candidates.isEmpty() || candidates.stream().anyMatch(l -> takesSome(l, route))) {
                    continue; // nothing to attach to is NET04's finding
                }
                List<String> listenerHosts = candidates.stream().map(l -> l.name() + "=" + l.hostname()).toList();
                findings.report(route.object(), List.of("spec", "hostnames"), "none of the hostnames "
                        + route.hostnames().stream().map(h -> h.pattern().toString()).toList() + " intersects the "
                        + "listener hostnames of Gateway " + ref.namespace() + "/" + ref.name() + " " + listenerHosts
                        + ", so the route is not attached there");
            }
        }
    }

    private static boolean takesSome(GatewayApi.Listener listener, GatewayApi.Route route) {
        return listener.hostname() == null
                || route.hostnames().stream().anyMatch(h -> Hostnames.intersect(h.pattern(), listener.hostname()));
    }
}
