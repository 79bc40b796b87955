package io.stackgen.manifest;

import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * fabric8's {@link KubernetesDeserializer}, which picks the model class for an object's apiVersion and kind, without
 * its start-up cost. Built the usual way it instantiates every model class listed in its
 * {@code META-INF/services} file (about 120): 65–70 ms of a one-shot render without a class-data archive, 25 ms
 * with one. Here it starts empty, and the first time a kind is seen, the listed classes named like that kind are
 * handed to fabric8's own registration in listed order, so fabric8 keys them and lets the last one win exactly as
 * its full scan does. A test compares the two for every listed class.
 */
final class LazyKinds {
    private static final String SERVICES = "META-INF/services/" + KubernetesResource.class.getName();
    /** The listed classes whose kind (fabric8's {@code @Kind}) is not their simple name, by kind. */
    static final Map<String, String> RENAMED = Map.of("List", "io.fabric8.kubernetes.api.model.KubernetesList");

    private final KubernetesDeserializer deserializer = new KubernetesDeserializer(false);
    private final ClassLoader loader = LazyKinds.class.getClassLoader();
    private final Map<String, List<String>> classesBySimpleName = listedClasses(loader);
    private final Set<String> registered = new HashSet<>();

    KubernetesDeserializer deserializer() {
        return deserializer;
    }

    /** Registers every kind named in {@code object}, nested objects' included (a List's items). */
    void registerKindsIn(Object object) {
        if (object instanceof Map<?, ?> map) {
            if (map.get("kind") instanceof String kind) {
                register(kind);
            }
            map.values().forEach(this::registerKindsIn);
        } else if (object instanceof List<?> list) {
            list.forEach(this::registerKindsIn);
        }
    }

    synchronized void register(String kind) {
        if (!registered.add(kind)) {
            return;
        }
        List<String> candidates = new ArrayList<>(classesBySimpleName.getOrDefault(kind, List.of()));
        if (RENAMED.containsKey(kind)) {
            candidates.add(RENAMED.get(kind));
        }
        for (String name : candidates) {
            deserializer.registerKubernetesResource(modelClass(name));
        }
    }

    private Class<? extends KubernetesResource> modelClass(String name) {
        try {
            return Class.forName(name, false, loader).asSubclass(KubernetesResource.class);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("fabric8 lists a model class it does not ship: " + name, e);
        }
    }

    /** Simple name → class names, in the order (and with the de-duplication) of Java's ServiceLoader. */
    static Map<String, List<String>> listedClasses(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            for (Enumeration<URL> files = loader.getResources(SERVICES); files.hasMoreElements(); ) {
                try (InputStream in = files.nextElement().openStream()) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        int comment = line.indexOf('#');
                        String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fabric8's list of model classes", e);
        }
        Map<String, List<String>> bySimpleName = new HashMap<>();
        for (String name : names) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            bySimpleName.computeIfAbsent(simple, s -> new ArrayList<>()).add(name);
        }
        return bySimpleName;
    }
}
