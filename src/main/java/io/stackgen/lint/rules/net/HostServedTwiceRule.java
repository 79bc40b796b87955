package io.stackgen.lint.rules.net;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestObject;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@LintRule(id = "NET01", title = "One host served by two front doors", severity = Severity.HIGH, family = Family.NET,
        rationale = "When an Ingress and a Gateway API route both claim a host, external-dns and the two load "
                + "balancers fight over it: the DNS record flips between addresses and clients reach whichever "
                + "answered last, with different TLS, limits and backends. Two Ingresses with the same host and path "
                + "are resolved differently by each controller (oldest wins, merged, or flapping).",
        fix = "Serve each host from one object: turn off the chart's Ingress when you enable its Gateway (or the "
                + "reverse), and during a migration give the new front door a different host name.",
        references = {"https://gateway-api.sigs.k8s.io/guides/migrating-from-ingress/",
                "https://docs.nginx.com/nginx-ingress-controller/configuration/host-and-listener-collisions/"})
public final class HostServedTwiceRule implements Rule {

    /** Where an Ingress claims a host. */
    private record IngressHost(ManifestObject ingress, String host, List<Object> at) {
    }

    @Override
    public void check(LintSet set, FindingSink findings) {
        Hostnames.Index<IngressHost> ingressHosts = new Hostnames.Index<>();
        Map<String, Ingresses.IngressPath> firstPath = new HashMap<>();
        Map<String, ManifestObject> firstPathOwner = new HashMap<>();
        for (ManifestObject ingress : set.objects()) {
            if (!Ingresses.isIngress(ingress)) {
                continue;
            }
            for (Map.Entry<String, List<Object>> host : Ingresses.hosts(ingress)) {
                ingressHosts.add(Hostnames.ingress(host.getKey()), new IngressHost(ingress, host.getKey(), host.getValue()));
            }
            for (Ingresses.IngressPath path : Ingresses.paths(ingress)) {
                if (path.host().isBlank()) {
                    continue;
                }
                String key = path.host().toLowerCase(Locale.ROOT) + " " + path.path() + " " + path.pathType();
                ManifestObject owner = firstPathOwner.putIfAbsent(key, ingress);
                if (owner == null) {
                    firstPath.put(key, path);
                } else if (owner != ingress) {
                    findings.report(ingress, path.at(), "host " + path.host() + " path " + path.path() + " ("
                            + path.pathType() + ") is also routed by Ingress " + set.ref(owner) + " at "
                            + owner.positionOf(firstPath.get(key).at()) + "; controllers pick one of them differently");
                }
            }
        }
        for (GatewayApi.Route route : GatewayApi.of(set).routes()) {
            if (!route.kind().equals("HTTPRoute") && !route.kind().equals("GRPCRoute")) {
                continue;
            }
            Map<IngressHost, GatewayApi.RouteHostname> shared = new IdentityHashMap<>();
            for (GatewayApi.RouteHostname hostname : route.hostnames()) {
                for (IngressHost claimed : ingressHosts.intersecting(hostname.pattern())) {
                    if (shared.putIfAbsent(claimed, hostname) == null) {
                        findings.report(claimed.ingress(), claimed.at(), "host " + claimed.host() + " is also served by "
                                + route.describe() + " (hostname " + hostname.pattern() + " at "
                                + route.object().positionOf(hostname.at()) + "); DNS and traffic flap between the two");
                    }
                }
            }
        }
    }
}
