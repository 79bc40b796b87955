package io.stackgen.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.stackgen.support.Fixtures;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelShapes} may let {@link KubernetesSchema} skip reading an object into the fabric8 model only where the
 * reading would find nothing: its view of the model is Jackson's, and skipping never changes what is reported.
 */
class ModelShapesTest {
    private final ModelShapes shapes = new ModelShapes();

    @Test
    void everyPlainModelClassHasJacksonsPropertiesWithJacksonsTypes() throws ClassNotFoundException {
        ObjectMapper mapper = new ObjectMapper();
        int compared = 0;
        for (Class<?> type : reachableModelClasses()) {
            Optional<Map<String, Type>> mine = shapes.properties(type);
            if (mine.isEmpty()) {
                continue;
            }
            BeanDescription description = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
            Map<String, JavaType> jackson = description.findProperties().stream()
                    .filter(p -> p.getMutator() != null)
                    .collect(Collectors.toMap(BeanPropertyDefinition::getName, BeanPropertyDefinition::getPrimaryType));
            Map<String, JavaType> expected = new TreeMap<>(jackson);
            Map<String, JavaType> actual = new TreeMap<>();
            mine.get().forEach((name, declared) -> actual.put(name, mapper.getTypeFactory().constructType(declared)));
            assertThat(actual).as(type.getName()).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void theChartsRenderedObjectsAreAllCleanSoTheirChecksSkipTheConversion() throws IOException {
        List<ManifestObject> objects = referenceObjects();
        List<String> notClean = objects.stream().filter(o -> KubernetesSchema.knows(o.apiVersion(), o.kind()))
                .filter(o -> !KubernetesSchema.problems(o.data(), false).isEmpty() || !cleanAsItsKind(o.data()))
                .map(o -> o.file() + " " + o.describe()).toList();

        assertThat(objects).hasSizeGreaterThan(100);
        assertThat(notClean).isEmpty();
    }

    /**
     * Every field of one object of each kind in the reference renders, in turn, given a value of another type, and
     * every mapping given an unknown key: the problems are the same with the shortcut and without it.
     */
    @Test
    void changedObjectsGetTheSameProblemsWithAndWithoutTheShortcut() throws IOException {
        Map<String, Map<String, Object>> oneOfEachKind = new LinkedHashMap<>();
        for (ManifestObject object : referenceObjects()) {
            oneOfEachKind.putIfAbsent(object.apiVersion() + " " + object.kind(), object.data());
        }
        List<Object> replacements = List.of(7, "7", "", true, 1.5, 10_000_000_000L, List.of("x"), Map.of("k", "v"));
        int variants = 0;
        int clean = 0;
        for (Map<String, Object> object : oneOfEachKind.values()) {
            for (List<Object> path : paths(object, new ArrayList<>(), new ArrayList<>())) {
                List<Map<String, Object>> changed = new ArrayList<>();
                replacements.forEach(r -> changed.add(with(object, path, r)));
                if (at(object, path) instanceof Map<?, ?>) {
                    changed.add(withExtraKey(object, path));
                }
                for (Map<String, Object> variant : changed) {
                    List<KubernetesSchema.Problem> full = KubernetesSchema.problems(variant, false);
                    assertThat(KubernetesSchema.problems(variant, true)).as(path + " in " + object.get("kind")).isEqualTo(full);
                    variants++;
                    clean += full.isEmpty() ? 1 : 0;
                }
            }
        }
        assertThat(variants).isGreaterThan(5_000);
        assertThat(clean).as("variants with no problem").isGreaterThan(1_000);
    }

    private boolean cleanAsItsKind(Map<String, Object> data) {
        String kind = String.valueOf(data.get("kind"));
        return reachableModelClassesByKind().stream().filter(c -> c.getSimpleName().equals(kind))
                .anyMatch(c -> shapes.clean(data, c));
    }

    private static List<Class<?>> reachableModelClassesByKind() {
        try {
            List<Class<?>> classes = new ArrayList<>();
            for (List<String> names : LazyKinds.listedClasses(ModelShapesTest.class.getClassLoader()).values()) {
                for (String name : names) {
                    classes.add(Class.forName(name));
                }
            }
            return classes;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<Class<?>> reachableModelClasses() {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(reachableModelClassesByKind());
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            shapes.properties(type).ifPresent(properties -> properties.values().forEach(t -> classesIn(t, todo)));
        }
        return seen;
    }

    private static void classesIn(Type type, Deque<Class<?>> into) {
        if (type instanceof Class<?> c && c.getName().startsWith("io.fabric8")) {
            into.push(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                classesIn(argument, into);
            }
        }
    }

    private static List<ManifestObject> referenceObjects() throws IOException {
        Path renders = Fixtures.root().resolve("test-fixtures/reference/renders");
        List<ManifestObject> objects = new ArrayList<>();
        try (Stream<Path> files = Files.walk(renders)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                objects.addAll(ManifestReader.read(renders.relativize(file).toString(), Files.readString(file)));
            }
        }
        return objects;
    }

    /** Every path to a map entry or list item. */
    private static List<List<Object>> paths(Object value, List<Object> at, List<List<Object>> into) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                at.add(e.getKey());
                into.add(List.copyOf(at));
                paths(e.getValue(), at, into);
                at.remove(at.size() - 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                at.add(i);
                into.add(List.copyOf(at));
                paths(list.get(i), at, into);
                at.remove(at.size() - 1);
            }
        }
        return into;
    }

    private static Object at(Object value, List<Object> path) {
        Object current = value;
        for (Object step : path) {
            current = step instanceof Integer i ? ((List<?>) current).get(i) : ((Map<?, ?>) current).get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> object, List<Object> path, Object replacement) {
        return (Map<String, Object>) copyWith(object, path, 0, old -> replacement);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withExtraKey(Map<String, Object> object, List<Object> path) {
        return (Map<String, Object>) copyWith(object, path, 0, old -> {
            Map<Object, Object> map = new LinkedHashMap<>((Map<Object, Object>) old);
            map.put("notAField", "x");
            return map;
        });
    }

    private static Object copyWith(Object value, List<Object> path, int depth, java.util.function.UnaryOperator<Object> change) {
        if (depth == path.size()) {
            return change.apply(value);
        }
        Object step = path.get(depth);
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list);
            copy.set((Integer) step, copyWith(list.get((Integer) step), path, depth + 1, change));
            return copy;
        }
        Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) value);
        copy.put(step, copyWith(copy.get(step), path, depth + 1, change));
        return copy;
    }
}
