package io.stackgen.lint.rules.net;

import io.stackgen.lint.LintSet;
import io.stackgen.lint.model.Tree;
import io.stackgen.manifest.ManifestObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The set's Services by namespace and name, and their ports by number or name. */
final class ServicePorts {
    private final Map<String, ManifestObject> services = new HashMap<>();

    /** The set's Services, indexed once for all rules. */
    static ServicePorts of(LintSet set) {
        return set.shared(ServicePorts.class, ServicePorts::new);
    }

    private ServicePorts(LintSet set) {
        for (ManifestObject service : set.ofKind("Service")) {
            if (service.group().isEmpty()) {
                services.put(set.namespaceOf(service) + "/" + service.name(), service);
            }
        }
    }

    Optional<ManifestObject> service(String namespace, String name) {
        return Optional.ofNullable(services.get(namespace + "/" + name));
    }

    /** The Service port with this number ({@code port}, not targetPort) or name. */
    static Optional<Map<String, Object>> port(ManifestObject service, Long number, String name) {
        for (Object port : Tree.list(service.data(), List.of("spec", "ports"))) {
            Map<String, Object> data = Tree.map(port, List.of());
            boolean byNumber = number != null && Tree.number(data, List.of("port")).filter(number::equals).isPresent();
            boolean byName = name != null && Tree.text(data, List.of("name")).filter(name::equals).isPresent();
            if (byNumber || byName) {
                return Optional.of(data);
            }
        }
        return Optional.empty();
    }

    /** The ports a Service declares, as {@code name:number} for messages. */
    static List<String> describePorts(ManifestObject service) {
        return Tree.list(service.data(), List.of("spec", "ports")).stream()
                .map(p -> Tree.text(p, List.of("name")).map(n -> n + ":").orElse("") + Tree.text(p, List.of("port")).orElse("?"))
                .toList();
    }
}
