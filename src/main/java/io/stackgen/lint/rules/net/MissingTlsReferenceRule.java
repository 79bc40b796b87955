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
import java.util.Set;

@LintRule(id = "NET06", title = "TLS certificate or cross-namespace reference that cannot resolve", severity = Severity.HIGH,
        family = Family.NET,
        rationale = "An HTTPS listener (or TLS listener that terminates) without certificateRefs is invalid and "
                + "serves nothing. A reference to a Secret or Service in another namespace needs a ReferenceGrant in "
                + "that namespace, else it is refused (ResolvedRefs=False, RefNotPermitted). A TLS Secret that nothing "
                + "in the release creates and no cert-manager annotation requests breaks TLS on a fresh cluster.",
        fix = "Add tls.certificateRefs to HTTPS listeners; add a ReferenceGrant in the target namespace for every "
                + "cross-namespace certificateRef or backendRef; have cert-manager issue the TLS Secret (Certificate, or "
                + "the cert-manager.io/cluster-issuer annotation on the Ingress or Gateway).",
        references = {"https://gateway-api.sigs.k8s.io/api-types/referencegrant/",
                "https://gateway-api.sigs.k8s.io/guides/tls/",
                "https://cert-manager.io/docs/usage/ingress/"})
public final class MissingTlsReferenceRule implements Rule {
    private static final List<String> CERT_MANAGER_ANNOTATIONS = List.of(
            "cert-manager.io/cluster-issuer", "cert-manager.io/issuer", "kubernetes.io/tls-acme");

    @Override
    public void check(LintSet set, FindingSink findings) {
        GatewayApi api = GatewayApi.of(set);
        Set<String> secrets = producedSecrets(set);
        for (ManifestObject gateway : api.gateways()) {
            String namespace = api.namespaceOf(gateway);
            for (GatewayApi.Listener listener : api.listeners(namespace, gateway.name())) {
                checkListener(api, listener, secrets, findings);
            }
        }
        for (GatewayApi.Route route : api.routes()) {
            checkBackendGrants(api, route, findings);
        }
        for (ManifestObject ingress : set.objects()) {
            if (!Ingresses.isIngress(ingress) || issuedByCertManager(ingress)) {
                continue;
            }
            List<?> tls = Tree.list(ingress.data(), List.of("spec", "tls"));
            for (int i = 0; i < tls.size(); i++) {
                String secret = Tree.text(tls.get(i), List.of("secretName")).orElse("");
                if (!secret.isEmpty() && !secrets.contains(set.namespaceOf(ingress) + "/" + secret)) {
                    findings.report(ingress, List.of("spec", "tls", i, "secretName"), Severity.MEDIUM, "TLS Secret "
                            + secret + " is not rendered here and no cert-manager annotation or Certificate creates it");
                }
            }
        }
    }

    private static void checkListener(GatewayApi api, GatewayApi.Listener listener, Set<String> secrets, FindingSink findings) {
        String mode = Tree.text(listener.data(), List.of("tls", "mode")).orElse("Terminate");
        boolean terminates = listener.protocol().equals("HTTPS") || (listener.protocol().equals("TLS") && mode.equals("Terminate"));
        List<?> refs = Tree.list(listener.data(), List.of("tls", "certificateRefs"));
        if (terminates && refs.isEmpty()) {
            findings.report(listener.gateway(), listener.at(), listener.describe() + " terminates TLS ("
                    + listener.protocol() + ") but has no tls.certificateRefs, so it is invalid and serves nothing");
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            Object ref = refs.get(i);
            String name = Tree.text(ref, List.of("name")).orElse("");
            String kind = Tree.text(ref, List.of("kind")).orElse("Secret");
            String group = Tree.text(ref, List.of("group")).orElse("");
            String namespace = Tree.text(ref, List.of("namespace")).orElse(listener.namespace());
            List<Object> at = listener.at("tls", "certificateRefs", i);
            if (!namespace.equals(listener.namespace())
                    && !api.granted("Gateway", listener.namespace(), namespace, group, kind, name)) {
                findings.report(listener.gateway(), at, "certificateRef " + namespace + "/" + name + " is in another "
                        + "namespace and no ReferenceGrant there lets Gateways from " + listener.namespace() + " use it");
            } else if (kind.equals("Secret") && group.isEmpty() && !secrets.contains(namespace + "/" + name)
                    && !issuedByCertManager(listener.gateway())) {
                findings.report(listener.gateway(), at, Severity.MEDIUM, "TLS Secret " + namespace + "/" + name
                        + " is not rendered here and no cert-manager annotation or Certificate creates it");
            }
        }
    }

    private static void checkBackendGrants(GatewayApi api, GatewayApi.Route route, FindingSink findings) {
        List<?> rules = Tree.list(route.object().data(), List.of("spec", "rules"));
        for (int r = 0; r < rules.size(); r++) {
            List<?> backends = Tree.list(rules.get(r), List.of("backendRefs"));
            for (int b = 0; b < backends.size(); b++) {
                Object ref = backends.get(b);
                String namespace = Tree.text(ref, List.of("namespace")).orElse(route.namespace());
                if (namespace.equals(route.namespace())) {
                    continue;
                }
                String name = Tree.text(ref, List.of("name")).orElse("");
                String kind = Tree.text(ref, List.of("kind")).orElse("Service");
                String group = Tree.text(ref, List.of("group")).orElse("");
                if (!api.granted(route.kind(), route.namespace(), namespace, group, kind, name)) {
                    findings.report(route.object(), List.of("spec", "rules", r, "backendRefs", b), "backendRef "
                            + kind + " " + namespace + "/" + name + " is in another namespace and no ReferenceGrant "
                            + "there lets " + route.kind() + "s from " + route.namespace() + " use it");
                }
            }
        }
    }

    private static boolean issuedByCertManager(ManifestObject object) {
        return CERT_MANAGER_ANNOTATIONS.stream().anyMatch(object.annotations()::containsKey);
    }

    /** {@code namespace/name} of Secrets the set renders or asks cert-manager or external-secrets to create. */
    private static Set<String> producedSecrets(LintSet set) {
        Set<String> secrets = new HashSet<>();
        for (ManifestObject object : set.objects()) {
            String namespace = set.namespaceOf(object);
            switch (object.kind()) {
                case "Secret" -> secrets.add(namespace + "/" + object.name());
                case "Certificate" -> Tree.text(object.data(), List.of("spec", "secretName"))
                        .ifPresent(s -> secrets.add(namespace + "/" + s));
                case "ExternalSecret" -> secrets.add(namespace + "/" + Tree.text(object.data(),
                        List.of("spec", "target", "name")).orElse(object.name()));
                default -> { }
            }
        }
        return secrets;
    }
}
