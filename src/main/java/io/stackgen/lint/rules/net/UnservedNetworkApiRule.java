package io.stackgen.lint.rules.net;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestObject;
import java.util.List;
import java.util.Map;

@LintRule(id = "NET07", title = "Ingress or Gateway API version that clusters no longer serve", severity = Severity.HIGH,
        family = Family.NET,
        rationale = "An object written in an API version the cluster no longer serves fails to apply ('no matches for "
                + "kind'), usually on the upgrade that nobody connected with the chart. Ingress v1beta1 went with "
                + "Kubernetes 1.22; Gateway, GatewayClass and HTTPRoute v1alpha2 with Gateway API v0.8; GRPCRoute and "
                + "ReferenceGrant v1alpha2 with Gateway API v1.2.",
        fix = "Write networking.k8s.io/v1 for Ingress and IngressClass, gateway.networking.k8s.io/v1 for Gateway, "
                + "GatewayClass, HTTPRoute and GRPCRoute, and v1beta1 for ReferenceGrant.",
        references = {"https://kubernetes.io/docs/reference/using-api/deprecation-guide/#ingress-v122",
                "https://github.com/kubernetes-sigs/gateway-api/releases/tag/v1.2.0",
                "https://github.com/kubernetes-sigs/gateway-api/pull/2069"})
public final class UnservedNetworkApiRule implements Rule {

    /** What to write instead, and how sure the break is (removed from Kubernetes, or only from newer CRDs). */
    private record Replacement(String apiVersion, Severity severity, String since) {
    }

    private static final Map<String, Replacement> UNSERVED = Map.of(
            "extensions/v1beta1 Ingress", new Replacement("networking.k8s.io/v1", Severity.HIGH, "Kubernetes 1.22"),
            "networking.k8s.io/v1beta1 Ingress", new Replacement("networking.k8s.io/v1", Severity.HIGH, "Kubernetes 1.22"),
            "networking.k8s.io/v1beta1 IngressClass", new Replacement("networking.k8s.io/v1", Severity.HIGH, "Kubernetes 1.22"),
            "gateway.networking.k8s.io/v1alpha2 Gateway", new Replacement("gateway.networking.k8s.io/v1", Severity.HIGH, "Gateway API v0.8"),
            "gateway.networking.k8s.io/v1alpha2 GatewayClass", new Replacement("gateway.networking.k8s.io/v1", Severity.HIGH, "Gateway API v0.8"),
            "gateway.networking.k8s.io/v1alpha2 HTTPRoute", new Replacement("gateway.networking.k8s.io/v1", Severity.HIGH, "Gateway API v0.8"),
            "gateway.networking.k8s.io/v1alpha2 GRPCRoute", new Replacement("gateway.networking.k8s.io/v1", Severity.MEDIUM, "Gateway API v1.2"),
            "gateway.networking.k8s.io/v1alpha2 ReferenceGrant", new Replacement("gateway.networking.k8s.io/v1beta1", Severity.MEDIUM, "Gateway API v1.2"));

    @Override
    public void check(LintSet set, FindingSink findings) {
        for (ManifestObject object : set.objects()) {
            Replacement replacement = UNSERVED.get(object.apiVersion() + " " + object.kind());
            if (replacement != null) {
                findings.report(object, List.of("apiVersion"), replacement.severity(), object.apiVersion() + " "
                        + object.kind() + " is not served since " + replacement.since() + "; write "
                        + replacement.apiVersion());
            }
        }
    }
}
