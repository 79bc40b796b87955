package io.stackgen.manifest;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;
import io.stackgen.common.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks a document is a Kubernetes object: apiVersion, kind and metadata.name are present, and for
 * kinds the Kubernetes API defines, every field is one the API knows, with the right type (through
 * fabric8's kubernetes-model, whose classes mirror the API's OpenAPI schema). Custom resources are
 * checked for the envelope only.
 */
public final class KubernetesSchemaCheck {
    private static final LazyKinds KINDS = new LazyKinds();
    private static final ObjectMapper MAPPER = strictMapper();
    private static final AtomicBoolean PREPARING = new AtomicBoolean();
    /** Objects whose first check builds what most charts' checks need: the whole pod-template model, and Service. */
    private static final List<Map<String, Object>> TYPICAL = List.of(
            Map.of("apiVersion", "apps/v1", "kind", "StatefulSet", "metadata", Map.of("name", "prepare"),
                    "spec", Map.of("template", Map.of("spec", Map.of("containers", List.of(Map.of("name", "prepare")))))),
            Map.of("apiVersion", "v1", "kind", "Service", "metadata", Map.of("name", "prepare"),
                    "spec", Map.of("ports", List.of(Map.of("port", 1)))));
    private static final Map<Class<?>, List<BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    private KubernetesSchemaCheck() {
    }

    /** Like the API server: a number or boolean where the API wants a string (labels, annotations, env) is an error. */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, false);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.setHandlerInstantiator(new LazyKindsInstantiator());
        return mapper;
    }

    /**
     * Starts building, on a thread of its own, what the first checks of typical objects need: Jackson's
     * deserializers for the fabric8 pod-template model are most of the checks' cost in a one-shot render. Called
     * when templates start rendering, on a thread that would otherwise wait; later checks find the work done.
     */
    public static void prepareInBackground() {
        if (!PREPARING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            for (Map<String, Object> object : TYPICAL) {
                try {
                    check(new ManifestDocument("prepare", "prepare", 0, "", object));
                } catch (RuntimeException e) {
                    return; // only a head start: the real checks report any problem
                }
            }
        }, "stackgen-prepare-checks");
        thread.setDaemon(true);
        thread.start();
    }

    public static void check(ManifestDocument document) {
        String where = document.file() + ": " + describe(document);
        requireString(document, "apiVersion", where);
        requireString(document, "kind", where);
        if (!document.kind().endsWith("List") && (document.name() == null || document.name().isBlank())) {
            throw new InputException(where + ": metadata.name is missing");
        }
        KINDS.registerKindsIn(document.object());
        Object typed;
        try {
            typed = MAPPER.convertValue(document.object(), KubernetesResource.class);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": " + typeProblem(e));
        }
        if (typed instanceof GenericKubernetesResource) {
            return;
        }
        Optional<String> unknown = unknownField(typed, "");
        if (unknown.isPresent()) {
            throw new InputException(where + ": unknown field '" + unknown.get() + "' (not in the "
                    + document.apiVersion() + " " + document.kind() + " API)");
        }
    }

    private static String describe(ManifestDocument document) {
        return (document.kind() == null ? "document " + (document.index() + 1) : document.describe());
    }

    private static void requireString(ManifestDocument document, String field, String where) {
        Object value = document.object().get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InputException(where + ": " + field + " is missing");
        }
    }

    private static String typeProblem(IllegalArgumentException e) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            String message = mapping.getOriginalMessage().lines().findFirst().orElse("").replaceAll(" \\(class [^)]*\\)", "");
            return (path.length() == 0 ? "" : path + ": ") + "wrong type: " + message;
        }
        return "not a valid object: " + e.getMessage().lines().findFirst().orElse("");
    }

    /** The first field, in document order, that landed in a model object's additionalProperties. */
    private static Optional<String> unknownField(Object value, String path) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> found = unknownField(list.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Optional<String> found = unknownField(e.getValue(), path + "[" + e.getKey() + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return Optional.empty();
        }
        for (BeanPropertyDefinition property : properties(value.getClass())) {
            AnnotatedMember getter = property.getAccessor();
            if (getter == null) {
                continue;
            }
            Object child = getter.getValue(value);
            String childPath = path.isEmpty() ? property.getName() : path + "." + property.getName();
            if ("additionalProperties".equals(getter.getName()) || "getAdditionalProperties".equals(getter.getName())) {
                continue;
            }
            Optional<String> found = unknownField(child, childPath);
            if (found.isPresent()) {
                return found;
            }
        }
        return additional(value).map(key -> path.isEmpty() ? key : path + "." + key);
    }

    private static Optional<String> additional(Object model) {
        try {
            Object extra = model.getClass().getMethod("getAdditionalProperties").invoke(model);
            if (extra instanceof Map<?, ?> map && !map.isEmpty()) {
                return Optional.of(String.valueOf(map.keySet().iterator().next()));
            }
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<BeanPropertyDefinition> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, t -> {
            BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(t));
            return List.copyOf(description.findProperties());
        });
    }

    /** Hands Jackson the one {@link LazyKinds} deserializer where fabric8's annotations ask for a new, fully scanned one. */
    private static final class LazyKindsInstantiator extends HandlerInstantiator {
        @Override
        public JsonDeserializer<?> deserializerInstance(DeserializationConfig config, Annotated annotated, Class<?> type) {
            return type == KubernetesDeserializer.class ? KINDS.deserializer() : null;
        }

        @Override
        public KeyDeserializer keyDeserializerInstance(DeserializationConfig config, Annotated annotated, Class<?> type) {
            return null;
        }

        @Override
        public JsonSerializer<?> serializerInstance(SerializationConfig config, Annotated annotated, Class<?> type) {
            return null;
        }

        @Override
        public TypeResolverBuilder<?> typeResolverBuilderInstance(MapperConfig<?> config, Annotated annotated, Class<?> type) {
            return null;
        }

        @Override
        public TypeIdResolver typeIdResolverInstance(MapperConfig<?> config, Annotated annotated, Class<?> type) {
            return null;
        }
    }
}
