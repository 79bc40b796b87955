package io.stackgen.lint.rules.net;

import io.stackgen.lint.Family;
import io.stackgen.lint.FindingSink;
import io.stackgen.lint.LintRule;
import io.stackgen.lint.LintSet;
import io.stackgen.lint.Rule;
import io.stackgen.lint.Severity;
import io.stackgen.lint.model.Tree;
import io.stackgen.manifest.ManifestObject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@LintRule(id = "NET08", title = "Backend Service or port that the set does not render", severity = Severity.HIGH,
        family = Family.NET,
        rationale = "An Ingress or route pointing at a Service or port that does not exist answers 502/503 for that "
                + "host; some controllers (Traefik) have even dropped the whole host while one backend was missing. "
                + "A common cause is a port default that no longer matches the Service (an Ingress on proxy:443 while "
                + "the proxy listens on 19100).",
        fix = "Point the backend at a Service the release renders, by one of the port numbers (or, for Ingress, "
                + "port names) that Service declares.",
        references = {"https://kubernetes.io/docs/concepts/services-networking/ingress/#resource-backend",
                "https://gateway-api.sigs.k8s.io/api-types/httproute/#backendrefs"})
public final class DanglingBackendRule implements Rule {

    @Override
    public void check(LintSet set, FindingSink findings) {
        ServicePorts services = ServicePorts.of(set);
        Set<String> renderedNamespaces = new HashSet<>();
        set.objects().forEach(o -> renderedNamespaces.add(set.namespaceOf(o)));
        for (ManifestObject object : set.objects()) {
            String namespace = set.namespaceOf(object);
            if (Ingresses.isIngress(object)) {
                for (Ingresses.IngressBackend backend : Ingresses.backends(object)) {
                    check(services, object, backend.at(), namespace, backend.service(), backend.portNumber(),
                            backend.portName(), findings);
                }
            } else if (object.group().equals(GatewayApi.GROUP) && GatewayApi.ROUTE_KINDS.contains(object.kind())) {
                List<?> rules = Tree.list(object.data(), List.of("spec", "rules"));
                for (int r = 0; r < rules.size(); r++) {
                    List<?> refs = Tree.list(rules.get(r), List.of("backendRefs"));
                    for (int b = 0; b < refs.size(); b++) {
                        Object ref = refs.get(b);
                        boolean service = Tree.text(ref, List.of("kind")).orElse("Service").equals("Service")
                                && Tree.text(ref, List.of("group")).orElse("").isEmpty();
                        String target = Tree.text(ref, List.of("namespace")).orElse(namespace);
                        // A Service in a namespace this set does not render at all is someone else's.
                        if (service && (target.equals(namespace) || renderedNamespaces.contains(target))) {
                            check(services, object, List.of("spec", "rules", r, "backendRefs", b), target,
                                    Tree.text(ref, List.of("name")).orElse(""), Tree.number(ref, List.of("port")).orElse(null),
                                    null, findings);
                        }
                    }
                }
            }
        }
    }

    private static void check(ServicePorts services, ManifestObject object, List<Object> at, String namespace,
                              String name, Long portNumber, String portName, FindingSink findings) {
        Optional<ManifestObject> service = services.service(namespace, name);
        if (service.isEmpty()) {
            findings.report(object, at, "backend Service " + namespace + "/" + name + " is not rendered in this set");
        } else if ((portNumber != null || portName != null)
                && ServicePorts.port(service.get(), portNumber, portName).isEmpty()) {
            findings.report(object, at, "backend port " + (portNumber != null ? portNumber : portName)
                    + " is not a port of Service " + name + " (it has " + ServicePorts.describePorts(service.get()) + ")");
        }
    }
}
