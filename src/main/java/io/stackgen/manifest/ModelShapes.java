package io.stackgen.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A cheap proof that an object is one {@link KubernetesSchema} has nothing to report on: every field is a property
 * of its fabric8 model class, and every value already has the property's type (a string for a string, an integer
 * for an integer, a list for a list...), so Jackson would read it with no unknown field, no coercion and no failure.
 * Reading objects into the model builds Jackson's deserializers for the whole model on first use, the bulk of a
 * one-shot render's checks; this looks only at the classes an object's fields reach, through their declared fields.
 *
 * <p>It answers "clean" or "not sure", never "wrong": anything it does not recognise (an unknown field, a value that
 * Jackson would have to coerce, a class with its own deserializer) is left to the full conversion, which finds and
 * words the problems. A test holds its view of every model class to Jackson's.
 */
final class ModelShapes {
    private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";

    /** Per model class: property name → declared type; empty when the class is not a plain bean. */
    private final Map<Class<?>, Optional<Map<String, Type>>> beans = new ConcurrentHashMap<>();
    /** Per class: what it accepts, worked out once, so that checking an object is plain calls without reflection. */
    private final Map<Class<?>, Shape> classShapes = new ConcurrentHashMap<>();

    /** What a declared type accepts, as written (never null). */
    @FunctionalInterface
    private interface Shape {
        boolean accepts(Object value);
    }

    private static final Shape NOTHING = value -> false;

    /** Whether Jackson would read {@code value} as {@code type} exactly as written. */
    boolean clean(Object value, Type type) {
        return value == null || shapeOf(type).accepts(value);
    }

    private Shape shapeOf(Type type) {
        if (type instanceof Class<?> cls) {
            return classShapes.computeIfAbsent(cls, this::classShape);
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                Shape item = shapeOf(arguments[0]);
                return value -> value instanceof List<?> list && all(list, item);
            }
            if (raw == Map.class && arguments[0] == String.class) {
                Shape entry = shapeOf(arguments[1]);
                return value -> value instanceof Map<?, ?> map && allValues(map, entry);
            }
        }
        return NOTHING;
    }

    private static boolean all(List<?> list, Shape item) {
        for (Object value : list) {
            if (value != null && !item.accepts(value)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allValues(Map<?, ?> map, Shape entry) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String) || e.getValue() != null && !entry.accepts(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private Shape classShape(Class<?> type) {
        if (type == String.class) {
            return value -> value instanceof String;
        }
        if (type == Integer.class) {
            return value -> value instanceof Integer;
        }
        if (type == Long.class) {
            return value -> value instanceof Integer || value instanceof Long;
        }
        if (type == Boolean.class) {
            return value -> value instanceof Boolean;
        }
        if (type == Double.class) {
            return value -> value instanceof Double;
        }
        if (type == IntOrString.class) {
            return value -> value instanceof Integer || value instanceof String;
        }
        if (type == Quantity.class) {
            return value -> value instanceof String s && !s.isEmpty() || value instanceof Integer;
        }
        if (type == Object.class) {
            return value -> true;
        }
        return properties(type).<Shape>map(BeanShape::new).orElse(NOTHING);
    }

    /** A model bean: each field a known property whose value its type accepts; property shapes made on first use. */
    private final class BeanShape implements Shape {
        private final Map<String, Type> types;
        private final Map<String, Shape> shapes = new ConcurrentHashMap<>();

        BeanShape(Map<String, Type> types) {
            this.types = types;
        }

        @Override
        public boolean accepts(Object value) {
            if (!(value instanceof Map<?, ?> map)) {
                return false;
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String name)) {
                    return false;
                }
                Shape shape = shapes.get(name);
                if (shape == null) {
                    Type type = types.get(name);
                    if (type == null) {
                        return false;
                    }
                    shape = shapes.computeIfAbsent(name, n -> shapeOf(type));
                }
                if (entry.getValue() != null && !shape.accepts(entry.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A plain model bean's properties, by their JSON names; empty for anything else. */
    Optional<Map<String, Type>> properties(Class<?> type) {
        return beans.computeIfAbsent(type, ModelShapes::introspect);
    }

    private static Optional<Map<String, Type>> introspect(Class<?> type) {
        JsonDeserialize deserialize = type.getAnnotation(JsonDeserialize.class);
        boolean plain = type.getName().startsWith(MODEL_PACKAGE) && !type.isInterface() && !type.isEnum()
                && !Modifier.isAbstract(type.getModifiers()) && !type.isAnnotationPresent(JsonTypeInfo.class)
                && deserialize != null && deserialize.using() == JsonDeserializer.None.class;
        if (!plain) {
            return Optional.empty();
        }
        Map<String, Type> properties = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property == null || field.isAnnotationPresent(JsonIgnore.class) || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                if (field.isAnnotationPresent(JsonDeserialize.class)) {
                    return Optional.empty();
                }
                properties.putIfAbsent(property.value().isEmpty() ? field.getName() : property.value(), field.getGenericType());
            }
        }
        return Optional.of(Collections.unmodifiableMap(properties)); // HashMap: the fastest lookup on this hot path
    }
}
