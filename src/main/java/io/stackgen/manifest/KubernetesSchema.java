package io.stackgen.manifest;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.HandlerInstantiator;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.jsontype.TypeIdResolver;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Kubernetes API's schema for built-in kinds, through fabric8's kubernetes-model (whose classes mirror the
 * API's OpenAPI schema): which fields an object has that the API does not know, and which have the wrong type.
 * Custom resources are checked for their metadata only. Shared by the render path (first problem is an error)
 * and the linter (every problem is a finding).
 */
public final class KubernetesSchema {
    private static final ObjectMapper MAPPER = strictMapper();
    private static final LazyKinds KINDS = new LazyKinds();
    private static final ModelShapes SHAPES = new ModelShapes();
    private static final Map<String, Optional<Class<? extends KubernetesResource>>> MODEL_CLASSES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, List<BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Optional<Method>> ADDITIONAL_PROPERTIES = new ConcurrentHashMap<>();
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
    private static final Pattern JAVA_NOISE = Pattern.compile(" \\(class [^)]*\\)| \\(but could if coercion was enabled[^)]*\\)");
    private static final Map<String, String> JAVA_TYPES = Map.of(
            "`java.lang.String`", "string", "`java.lang.Integer`", "integer", "`java.lang.Long`", "integer",
            "`java.lang.Boolean`", "boolean", "`java.lang.Double`", "number");

    /**
     * One way an object departs from the API's schema.
     *
     * @param path       the field, from the object root (map keys and list indexes)
     * @param kind       an unknown field, a wrong type, or an object that cannot be read at all
     * @param detail     for a wrong type, what the reader expected (one line); else empty
     * @param didYouMean for an unknown field, a known field of the same name in another case (e.g. {@code clusterIP}
     *                   for {@code clusterIp}), else null
     */
    public record Problem(List<Object> path, Kind kind, String detail, String didYouMean) {
        /** The path as {@code spec.template.spec.containers[0].image}. */
        public String dottedPath() {
            StringBuilder out = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(step);
                }
            }
            return out.toString();
        }
    }

    public enum Kind { UNKNOWN_FIELD, WRONG_TYPE, UNREADABLE }

    private KubernetesSchema() {
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

    /** Whether the API (as fabric8 models it) defines this kind, so that its fields can be checked. */
    public static boolean knows(String apiVersion, String kind) {
        return modelClass(apiVersion, kind).isPresent();
    }

    /**
     * Every unknown field, in the model's field order, or the first wrong type (reading stops there). For a custom
     * resource, only a wrong type in its metadata. Converts the object once.
     */
    public static List<Problem> problems(Map<String, Object> object) {
        return problems(object, true);
    }

    /** @param shortcut whether an object {@link ModelShapes} finds clean may skip the conversion (tests compare) */
    static List<Problem> problems(Map<String, Object> object, boolean shortcut) {
        Optional<Class<? extends KubernetesResource>> type = modelClass(text(object.get("apiVersion")), text(object.get("kind")));
        if (type.isEmpty()) {
            return metadataTypeProblem(object.get("metadata"), shortcut).map(List::of).orElse(List.of());
        }
        if (shortcut && SHAPES.clean(object, type.get())) {
            return List.of();
        }
        KINDS.registerKindsIn(object);
        Object typed;
        try {
            typed = MAPPER.convertValue(object, type.get());
        } catch (IllegalArgumentException e) {
            return List.of(readProblem(e, List.of()));
        }
        List<Problem> problems = new ArrayList<>();
        collectUnknown(typed, new ArrayList<>(), problems);
        return problems;
    }

    private static Optional<Problem> metadataTypeProblem(Object metadata, boolean shortcut) {
        if (metadata == null || (shortcut && SHAPES.clean(metadata, ObjectMeta.class))) {
            return Optional.empty();
        }
        try {
            MAPPER.convertValue(metadata, ObjectMeta.class);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(readProblem(e, List.of("metadata")));
        }
    }

    private static Optional<Class<? extends KubernetesResource>> modelClass(String apiVersion, String kind) {
        return MODEL_CLASSES.computeIfAbsent(apiVersion + "\u0000" + kind,
                k -> {
                    KINDS.register(kind);
                    return Optional.ofNullable(KINDS.deserializer().getRegisteredKind(apiVersion, kind));
                });
    }

    private static Problem readProblem(IllegalArgumentException e, List<Object> prefix) {
        if (e.getCause() instanceof JsonMappingException mapping) {
            List<Object> path = new ArrayList<>(prefix);
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.add(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.add(ref.getIndex());
                }
            }
            return new Problem(List.copyOf(path), Kind.WRONG_TYPE, readable(mapping.getOriginalMessage()), null);
        }
        return new Problem(List.copyOf(prefix), Kind.UNREADABLE, e.getMessage().lines().findFirst().orElse(""), null);
    }

    /** Jackson's first line, without Java class names and configuration hints. */
    private static String readable(String message) {
        String detail = JAVA_NOISE.matcher(message.lines().findFirst().orElse("")).replaceAll("");
        for (Map.Entry<String, String> type : JAVA_TYPES.entrySet()) {
            detail = detail.replace(type.getKey(), type.getValue());
        }
        return detail;
    }

    /** Collects the fields that landed in model objects' additionalProperties (the API does not know them). */
    private static void collectUnknown(Object value, List<Object> path, List<Problem> into) {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                collectUnknown(list.get(i), path, into);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                path.add(String.valueOf(e.getKey()));
                collectUnknown(e.getValue(), path, into);
                path.remove(path.size() - 1);
            }
            return;
        }
        if (!value.getClass().getName().startsWith(MODEL_PACKAGE)) {
            return;
        }
        List<BeanPropertyDefinition> properties = properties(value.getClass());
        for (BeanPropertyDefinition property : properties) {
            AnnotatedMember getter = property.getAccessor();
            if (getter == null || "getAdditionalProperties".equals(getter.getName())) {
                continue;
            }
            path.add(property.getName());
            collectUnknown(getter.getValue(value), path, into);
            path.remove(path.size() - 1);
        }
        for (Object key : additionalProperties(value).keySet()) {
            String name = String.valueOf(key);
            String known = properties.stream().map(BeanPropertyDefinition::getName)
                    .filter(n -> n.equalsIgnoreCase(name)).findFirst().orElse(null);
            List<Object> at = new ArrayList<>(path);
            at.add(name);
            into.add(new Problem(List.copyOf(at), Kind.UNKNOWN_FIELD, "", known));
        }
    }

    private static Map<?, ?> additionalProperties(Object model) {
        Optional<Method> getter = ADDITIONAL_PROPERTIES.computeIfAbsent(model.getClass(), type -> {
            try {
                return Optional.of(type.getMethod("getAdditionalProperties"));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        });
        if (getter.isEmpty()) {
            return Map.of();
        }
        try {
            return getter.get().invoke(model) instanceof Map<?, ?> map ? map : Map.of();
        } catch (ReflectiveOperationException e) {
            return Map.of();
        }
    }

    private static List<BeanPropertyDefinition> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, t -> {
            BeanDescription description = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(t));
            return List.copyOf(description.findProperties());
        });
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
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
