package io.stackgen.lint.model;

import io.stackgen.manifest.ManifestObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A workload's volumes (pod volumes and StatefulSet volumeClaimTemplates), where its containers mount them, and
 * the files that Secret, ConfigMap and projected volumes put there.
 */
public final class Volumes {
    /** What backs a volume. */
    public enum Type {
        SECRET, CONFIG_MAP, PROJECTED, CSI, CLAIM, CLAIM_TEMPLATE, EMPTY_DIR, MEMORY, EPHEMERAL, HOST_PATH, OTHER;

        /** Whether every pod gets its own copy (so no two pods share what is stored there). */
        public boolean perPod() {
            return this == CLAIM_TEMPLATE || this == EMPTY_DIR || this == MEMORY || this == EPHEMERAL;
        }
    }

    /**
     * One volume.
     *
     * @param source the object it comes from (Secret or ConfigMap name, claim name, template name, CSI
     *               SecretProviderClass), empty when none
     * @param path   where it is declared, from the object root
     */
    public record Volume(String name, Type type, String source, Map<String, Object> data, List<Object> path) {
        /** E.g. {@code Secret maru-key}, {@code emptyDir}. */
        public String describe() {
            return switch (type) {
                case SECRET -> "Secret " + source;
                case CONFIG_MAP -> "ConfigMap " + source;
                case PROJECTED -> "projected volume " + name;
                case CSI -> source.isEmpty() ? "CSI volume " + name : "SecretProviderClass " + source;
                case CLAIM -> "PersistentVolumeClaim " + source;
                case CLAIM_TEMPLATE -> "volumeClaimTemplate " + source;
                case EMPTY_DIR -> "emptyDir " + name;
                case MEMORY -> "emptyDir " + name + " (medium: Memory)";
                case EPHEMERAL -> "ephemeral volume " + name;
                case HOST_PATH -> "hostPath " + Tree.text(data, List.of("hostPath", "path")).orElse(name);
                case OTHER -> "volume " + name;
            };
        }
    }

    /** A volumeMount; {@code volume} is empty when the mount names no declared volume. */
    public record Mount(Container container, int index, Optional<Volume> volume, String mountPath, String subPath,
                        String subPathExpr, boolean readOnly) {
        public List<Object> path() {
            return container.at("volumeMounts", index);
        }

        /** Whether {@code file} is this mount's path or lies under it. */
        public boolean covers(String file) {
            if (mountPath.isEmpty()) {
                return false;
            }
            String root = mountPath.endsWith("/") && mountPath.length() > 1
                    ? mountPath.substring(0, mountPath.length() - 1) : mountPath;
            return file.equals(root) || file.startsWith(root.equals("/") ? "/" : root + "/");
        }
    }

    /**
     * A file a Secret, ConfigMap or projected volume puts into a container.
     *
     * @param kind    {@code Secret} or {@code ConfigMap}
     * @param source  that object's name
     * @param dataKey the key of the object's data the file holds
     */
    public record File(Mount mount, String path, String name, String kind, String source, String dataKey) {
    }

    private final Workload workload;
    private final List<Volume> volumes;
    private final List<Mount> mounts;
    private volatile List<File> files;

    private Volumes(Workload workload, List<Volume> volumes, List<Mount> mounts) {
        this.workload = workload;
        this.volumes = volumes;
        this.mounts = mounts;
    }

    /** The workload's volumes, worked out once per workload. */
    public static Volumes of(Workload workload) {
        return workload.derived(Volumes.class, Volumes::read);
    }

    private static Volumes read(Workload workload) {
        List<Volume> volumes = new ArrayList<>();
        List<?> declared = workload.volumes();
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i) instanceof Map<?, ?> volume) {
                volumes.add(volume(map(volume), workload.podSpecAt("volumes", i)));
            }
        }
        if (workload.kind().equals("StatefulSet")) {
            List<?> templates = Tree.list(workload.object().data(), List.of("spec", "volumeClaimTemplates"));
            for (int i = 0; i < templates.size(); i++) {
                String name = Tree.text(templates.get(i), List.of("metadata", "name")).orElse("");
                volumes.add(new Volume(name, Type.CLAIM_TEMPLATE, name, map(templates.get(i)),
                        List.of("spec", "volumeClaimTemplates", i)));
            }
        }
        List<Mount> mounts = new ArrayList<>();
        for (Container container : workload.allContainers()) {
            List<?> declaredMounts = container.volumeMounts();
            for (int i = 0; i < declaredMounts.size(); i++) {
                Object mount = declaredMounts.get(i);
                String name = Tree.text(mount, List.of("name")).orElse("");
                Optional<Volume> volume = volumes.stream().filter(v -> v.name().equals(name)).findFirst();
                mounts.add(new Mount(container, i, volume,
                        Tree.text(mount, List.of("mountPath")).orElse(""),
                        Tree.text(mount, List.of("subPath")).orElse(""),
                        Tree.text(mount, List.of("subPathExpr")).orElse(""),
                        Tree.at(mount, List.of("readOnly")).map(v -> v.equals(Boolean.TRUE)).orElse(false)));
            }
        }
        return new Volumes(workload, List.copyOf(volumes), List.copyOf(mounts));
    }

    public List<Volume> volumes() {
        return volumes;
    }

    public List<Mount> mounts() {
        return mounts;
    }

    /** The mount of {@code container} with the deepest path holding {@code file}. */
    public Optional<Mount> mountHolding(Container container, String file) {
        Mount best = null;
        for (Mount mount : mounts) {
            if (mount.container().path().equals(container.path()) && mount.covers(file)
                    && (best == null || mount.mountPath().length() > best.mountPath().length())) {
                best = mount;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The mounts of any container holding {@code file}, deepest first per container. */
    public List<Mount> mountsHolding(String file) {
        List<Mount> holding = new ArrayList<>();
        for (Container container : workload.allContainers()) {
            mountHolding(container, file).ifPresent(holding::add);
        }
        return holding;
    }

    /** The files Secret, ConfigMap and projected volumes put into the containers, where the manifest shows them. */
    public List<File> files() {
        List<File> known = files;
        if (known == null) {
            known = List.copyOf(readFiles());
            files = known;
        }
        return known;
    }

    private List<File> readFiles() {
        List<File> files = new ArrayList<>();
        for (Mount mount : mounts) {
            mount.volume().ifPresent(volume -> {
                switch (volume.type()) {
                    case SECRET -> addFiles(files, mount, volume.data().get("secret"), "Secret");
                    case CONFIG_MAP -> addFiles(files, mount, volume.data().get("configMap"), "ConfigMap");
                    case PROJECTED -> {
                        for (Object source : Tree.list(volume.data(), List.of("projected", "sources"))) {
                            if (source instanceof Map<?, ?> s && s.containsKey("secret")) {
                                addFiles(files, mount, s.get("secret"), "Secret");
                            } else if (source instanceof Map<?, ?> s && s.containsKey("configMap")) {
                                addFiles(files, mount, s.get("configMap"), "ConfigMap");
                            }
                        }
                    }
                    default -> {
                    }
                }
            });
        }
        return files;
    }

    /** The keys of a Secret's or ConfigMap's data, when the linted set holds it. */
    public Set<String> dataKeys(String kind, String name) {
        Set<String> keys = new LinkedHashSet<>();
        workload.neighbour(kind, name).ifPresent(object -> keys.addAll(dataOf(object).keySet()));
        return keys;
    }

    /** A Secret's or ConfigMap's entries ({@code data}, {@code stringData}, {@code binaryData}) as written. */
    public static Map<String, Object> dataOf(ManifestObject object) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (String field : List.of("data", "binaryData", "stringData")) {
            all.putAll(Tree.map(object.data(), List.of(field)));
        }
        return all;
    }

    /** What a mounted Secret or ConfigMap file holds, when the linted set holds that object. */
    public Optional<String> content(File file) {
        return workload.neighbour(file.kind(), file.source()).flatMap(object -> text(object, file.dataKey()));
    }

    /** One entry of a Secret or ConfigMap as text (see {@link #bytes}). */
    public static Optional<String> text(ManifestObject object, String key) {
        Object plain = Tree.map(object.data(), List.of(object.kind().equals("Secret") ? "stringData" : "data")).get(key);
        if (plain != null) {
            return Optional.of(String.valueOf(plain));
        }
        return bytes(object, key).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /**
     * The bytes of one entry of a Secret or ConfigMap: {@code data} of a Secret and {@code binaryData} are
     * base64-decoded, {@code stringData} and a ConfigMap's {@code data} are taken as written.
     */
    public static Optional<byte[]> bytes(ManifestObject object, String key) {
        boolean secret = object.kind().equals("Secret");
        Object plain = Tree.map(object.data(), List.of(secret ? "stringData" : "data")).get(key);
        if (plain != null) {
            return Optional.of(String.valueOf(plain).getBytes(StandardCharsets.UTF_8));
        }
        Object encoded = Tree.map(object.data(), List.of(secret ? "data" : "binaryData")).get(key);
        if (encoded == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(String.valueOf(encoded)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(String.valueOf(encoded).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void addFiles(List<File> files, Mount mount, Object reference, String kind) {
        String source = kind.equals("Secret")
                ? Tree.text(reference, List.of("secretName")).or(() -> Tree.text(reference, List.of("name"))).orElse("")
                : Tree.text(reference, List.of("name")).orElse("");
        List<?> items = Tree.list(reference, List.of("items"));
        List<String[]> entries = new ArrayList<>(); // {data key, file path relative to the volume}
        if (items.isEmpty()) {
            for (String key : dataKeys(kind, source)) {
                entries.add(new String[] {key, key});
            }
        } else {
            for (Object item : items) {
                String key = Tree.text(item, List.of("key")).orElse("");
                entries.add(new String[] {key, Tree.text(item, List.of("path")).orElse(key)});
            }
        }
        for (String[] entry : entries) {
            if (!mount.subPath().isEmpty()) {
                if (mount.subPath().equals(entry[1])) {
                    files.add(new File(mount, mount.mountPath(), baseName(entry[1]), kind, source, entry[0]));
                }
            } else {
                String path = mount.mountPath().endsWith("/") ? mount.mountPath() + entry[1] : mount.mountPath() + "/" + entry[1];
                files.add(new File(mount, path, baseName(entry[1]), kind, source, entry[0]));
            }
        }
        if (entries.isEmpty() && !mount.subPath().isEmpty()) {
            files.add(new File(mount, mount.mountPath(), baseName(mount.subPath()), kind, source, mount.subPath()));
        }
    }

    public static String baseName(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static Volume volume(Map<String, Object> volume, List<Object> path) {
        String name = Tree.text(volume, List.of("name")).orElse("");
        if (volume.containsKey("secret")) {
            return new Volume(name, Type.SECRET, Tree.text(volume, List.of("secret", "secretName")).orElse(""), volume, path);
        }
        if (volume.containsKey("configMap")) {
            return new Volume(name, Type.CONFIG_MAP, Tree.text(volume, List.of("configMap", "name")).orElse(""), volume, path);
        }
        if (volume.containsKey("projected")) {
            return new Volume(name, Type.PROJECTED, "", volume, path);
        }
        if (volume.containsKey("csi")) {
            return new Volume(name, Type.CSI,
                    Tree.text(volume, List.of("csi", "volumeAttributes", "secretProviderClass")).orElse(""), volume, path);
        }
        if (volume.containsKey("persistentVolumeClaim")) {
            return new Volume(name, Type.CLAIM,
                    Tree.text(volume, List.of("persistentVolumeClaim", "claimName")).orElse(""), volume, path);
        }
        if (volume.containsKey("emptyDir")) {
            boolean memory = Tree.text(volume, List.of("emptyDir", "medium")).map("Memory"::equalsIgnoreCase).orElse(false);
            return new Volume(name, memory ? Type.MEMORY : Type.EMPTY_DIR, "", volume, path);
        }
        if (volume.containsKey("ephemeral")) {
            return new Volume(name, Type.EPHEMERAL, "", volume, path);
        }
        if (volume.containsKey("hostPath")) {
            return new Volume(name, Type.HOST_PATH, Tree.text(volume, List.of("hostPath", "path")).orElse(""), volume, path);
        }
        return new Volume(name, Type.OTHER, "", volume, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
