package io.stackgen.lint.rules.net;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.manifest.ManifestObject;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

@LintRule(id = "NET04", title = "Route or Ingress that attaches to nothing", severity = Severity.HIGH, family = Family.NET,
        rationale = "A route whose parentRef names a Gateway, listener (sectionName) or port that does not exist, or "
                + "whose listener's allowedRoutes refuse its kind or namespace, is stored and never served: the "
                + "endpoint silently does not exist. An Ingress without a class is ignored by controllers that do "
                + "not claim the default, and a class written as an annotation key such as spec.ingressClassName does "
                + "nothing at all.",
        fix = "Render the Gateway with the route, or mark a route that attaches to a Gateway managed elsewhere with "
                + "the annotation lint.stackgen.io/external-gateway: \"true\" (or a comma-separated list of "
                + "[namespace/]names); match sectionName/port to a listener whose allowedRoutes admit the route. "
                + "Set spec.ingressClassName on every Ingress.",
        references = {"https://gateway-api.sigs.k8s.io/api-types/gateway/#route-attachment",
                "https://kubernetes.io/docs/concepts/services-networking/ingress/#ingress-class"})
public final class UnattachedRouteRule implements Rule {
    /** On a route: the Gateways it attaches to live outside the linted set ("true", or names). */
    public static final String EXTERNAL_GATEWAY_ANNOTATION = "lint.stackgen.io/external-gateway";
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final Pattern SPEC_FIELD_AS_ANNOTATION = Pattern.compile("(?i)^(spec\\.)?ingressClassName$|^spec\\..*");

    @Override
    public void check(LintSet set, FindingSink findings) {
        GatewayApi api = GatewayApi.of(set);
        for (GatewayApi.Route route : api.routes()) {
            for (GatewayApi.ParentRef ref : route.parentRefs()) {
                if (ref.isGateway()) {
                    checkParent(api, route, ref, findings);
                }
            }
        }
        for (ManifestObject ingress : set.objects()) {
            if (Ingresses.isIngress(ingress)) {
                checkIngressClass(ingress, findings);
            }
        }
    }

    private static void checkParent(GatewayApi api, GatewayApi.Route route, GatewayApi.ParentRef ref, FindingSink findings) {
        ManifestObject object = route.object();
        if (api.gateway(ref).isEmpty()) {
            if (declaredExternal(object, ref)) {
                findings.report(object, ref.at(), Severity.MEDIUM, "Gateway " + ref.namespace() + "/" + ref.name()
                        + " is not in the linted set (declared external); make sure it exists and admits this route");
            } else {
                findings.report(object, ref.at(), "parentRef names Gateway " + ref.namespace() + "/" + ref.name()
                        + ", which is not rendered here, so the route attaches to nothing (annotate "
                        + EXTERNAL_GATEWAY_ANNOTATION + " if it is managed elsewhere)");
            }
            return;
        }
        List<GatewayApi.Listener> selected = api.selected(ref);
        if (selected.isEmpty()) {
            List<String> names = api.listeners(ref.namespace(), ref.name()).stream()
                    .map(l -> l.name() + ":" + l.port()).toList();
            findings.report(object, ref.at(), "Gateway " + ref.namespace() + "/" + ref.name() + " has no listener"
                    + (ref.sectionName() == null ? "" : " named " + ref.sectionName())
                    + (ref.port() == null ? "" : " on port " + ref.port()) + " (it has " + names + ")");
        } else if (selected.stream().noneMatch(l -> api.admits(l, route))) {
            findings.report(object, ref.at(), "the allowedRoutes of " + selected.get(0).describe()
                    + (selected.size() > 1 ? " and " + (selected.size() - 1) + " more" : "") + " do not admit a "
                    + route.kind() + " from namespace " + route.namespace());
        }
    }

    private static boolean declaredExternal(ManifestObject route, GatewayApi.ParentRef ref) {
        Object declared = route.annotations().get(EXTERNAL_GATEWAY_ANNOTATION);
        if (declared == null) {
            return false;
        }
        String value = String.valueOf(declared).strip();
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        List<String> names = List.of(LIST_SEPARATOR.split(value));
        return names.contains(ref.name()) || names.contains(ref.namespace() + "/" + ref.name());
    }

    private static void checkIngressClass(ManifestObject ingress, FindingSink findings) {
        Optional<String> misplaced = ingress.annotations().keySet().stream()
                .filter(k -> SPEC_FIELD_AS_ANNOTATION.matcher(k).matches()).findFirst();
        if (misplaced.isPresent()) {
            findings.report(ingress, List.of("metadata", "annotations", misplaced.get()), Severity.LOW,
                    "annotation '" + misplaced.get() + "' looks like a spec field but is only an annotation: it has no "
                            + "effect" + (Ingresses.ingressClass(ingress).isEmpty() ? ", and the Ingress names no class" : ""));
        } else if (Ingresses.ingressClass(ingress).isEmpty()) {
            findings.report(ingress, List.of("spec"), Severity.LOW, "the Ingress names no class (spec.ingressClassName), "
                    + "so only a controller that claims the cluster's default class serves it");
        }
    }
}
