package io.stackgen.lint.rules.ds;

import io.stackgen.lint.model.Container;
import io.stackgen.lint.model.KeyFiles;
import io.stackgen.lint.model.Tree;
import io.stackgen.lint.model.Volumes;
import io.stackgen.lint.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a workload's keys come from: the Secrets, ConfigMaps, secret stores, claims and host paths that hold a
 * key file the manifest names, or whose names say they hold keys, and env vars taken from key-named Secret keys.
 */
final class KeySources {
    /**
     * One place a key comes from.
     *
     * @param kind   {@code Secret}, {@code ConfigMap}, {@code SecretProviderClass}, {@code PersistentVolumeClaim},
     *               {@code hostPath}, {@code volumeClaimTemplate}, {@code emptyDir}, or the args themselves
     * @param name   the object's name (empty for args and unnamed volumes)
     * @param key    the entry of the object's data, empty when the whole object is mounted
     * @param shared whether every pod of the workload reads the same copy
     * @param at     the field naming it, from the object root
     */
    record KeySource(String kind, String name, String key, boolean shared, List<Object> at) {
        /** E.g. {@code Secret maru-key (key "key")}. */
        String describe() {
            String what = name.isEmpty() ? kind : kind + " " + name;
            return key.isEmpty() ? what : what + " (key \"" + key + "\")";
        }

        /** Whether two sources may hold the same key: same object and the same entry, or a whole object. */
        boolean overlaps(KeySource other) {
            return kind.equals(other.kind) && name.equals(other.name)
                    && (key.isEmpty() || other.key.isEmpty() || key.equals(other.key));
        }
    }

    private static final Object SIGNING_KEYS = new Object();
    private static final Object NODE_KEYS = new Object();

    private KeySources() {
    }

    /** Sources of the workload's signing keys: key files that sign, and key-named Secrets, files and env vars. */
    static List<KeySource> signingKeys(Workload workload) {
        return workload.derived(SIGNING_KEYS, w -> find(w, KeyFiles.Kind::signs, true));
    }

    /** Sources of the workload's P2P identity keys (node keys). */
    static List<KeySource> nodeKeys(Workload workload) {
        return workload.derived(NODE_KEYS, w -> find(w, KeyFiles.Kind::peerIdentity, false));
    }

    private static List<KeySource> find(Workload workload, Predicate<KeyFiles.Kind> kinds, boolean byName) {
        Volumes volumes = Volumes.of(workload);
        List<Volumes.File> files = volumes.files();
        Map<String, KeySource> found = new LinkedHashMap<>();
        for (KeyFiles.KeyFile keyFile : KeyFiles.of(workload)) {
            if (!kinds.test(keyFile.kind())) {
                continue;
            }
            if (keyFile.inline()) {
                add(found, new KeySource("the key written in its args", "", "", true, keyFile.at()));
            }
            if (!keyFile.path().isEmpty()) {
                for (Volumes.Mount mount : volumes.mountsHolding(keyFile.path())) {
                    String entry = files.stream()
                            .filter(f -> f.mount().equals(mount) && mount.covers(f.path()) && covers(f.path(), keyFile.path()))
                            .map(Volumes.File::dataKey).findFirst().orElse(mount.subPath());
                    mount.volume().ifPresent(v -> add(found, ofVolume(v, entry)));
                }
            }
        }
        if (byName) {
            for (Volumes.File file : files) {
                if (KeyNames.isKeyLike(file.name()) || KeyNames.isKeyLike(file.dataKey())) {
                    file.mount().volume().ifPresent(v -> add(found, ofVolume(v, file.dataKey())));
                }
            }
            for (Volumes.Mount mount : volumes.mounts()) {
                mount.volume().filter(v -> KeyNames.isKeyLike(v.source()) || KeyNames.isKeyLike(v.name()))
                        .ifPresent(v -> add(found, ofVolume(v, mount.subPath())));
            }
            for (Container container : workload.allContainers()) {
                envKeys(container, found);
            }
        }
        return List.copyOf(found.values());
    }

    /** Whether {@code file} is {@code path} or, when {@code path} is a directory, lies in it. */
    private static boolean covers(String file, String path) {
        return file.equals(path) || file.startsWith(path.endsWith("/") ? path : path + "/");
    }

    private static void envKeys(Container container, Map<String, KeySource> found) {
        List<?> env = container.env();
        for (int i = 0; i < env.size(); i++) {
            Object item = env.get(i);
            String name = Tree.text(item, List.of("name")).orElse("");
            Optional<String> secret = Tree.text(item, List.of("valueFrom", "secretKeyRef", "name"));
            String key = Tree.text(item, List.of("valueFrom", "secretKeyRef", "key")).orElse("");
            if (secret.isPresent() && (KeyNames.isKeyLike(name) || KeyNames.isKeyLike(key))) {
                add(found, new KeySource("Secret", secret.get(), key, true,
                        container.at("env", i, "valueFrom", "secretKeyRef", "name")));
            }
        }
    }

    private static KeySource ofVolume(Volumes.Volume volume, String entry) {
        List<Object> at = volume.path();
        return switch (volume.type()) {
            case SECRET -> new KeySource("Secret", volume.source(), entry, true, Tree.path(at, "secret", "secretName"));
            case CONFIG_MAP -> new KeySource("ConfigMap", volume.source(), entry, true, Tree.path(at, "configMap", "name"));
            case CSI -> new KeySource(volume.source().isEmpty() ? "CSI volume" : "SecretProviderClass",
                    volume.source().isEmpty() ? volume.name() : volume.source(), "", true, Tree.path(at, "csi"));
            case PROJECTED -> new KeySource("projected volume", volume.name(), entry, true, Tree.path(at, "projected"));
            case CLAIM -> new KeySource("PersistentVolumeClaim", volume.source(), "", true,
                    Tree.path(at, "persistentVolumeClaim", "claimName"));
            case HOST_PATH -> new KeySource("hostPath", volume.source(), "", true, Tree.path(at, "hostPath"));
            case CLAIM_TEMPLATE -> new KeySource("volumeClaimTemplate", volume.source(), "", false, Tree.path(at, "metadata", "name"));
            case EMPTY_DIR, MEMORY, EPHEMERAL -> new KeySource("emptyDir", volume.name(), "", false, at);
            case OTHER -> new KeySource("volume", volume.name(), "", true, at);
        };
    }

    /** Keeps one source per object and entry; a whole object gives way to the entries named from it. */
    private static void add(Map<String, KeySource> found, KeySource source) {
        String object = source.kind() + '\u0000' + source.name() + '\u0000';
        if (source.key().isEmpty()) {
            if (found.keySet().stream().noneMatch(k -> k.startsWith(object))) {
                found.put(object, source);
            }
        } else {
            found.remove(object);
            found.putIfAbsent(object + source.key(), source);
        }
    }

    /** Only the sources every pod shares. */
    static List<KeySource> shared(List<KeySource> sources) {
        List<KeySource> shared = new ArrayList<>();
        for (KeySource source : sources) {
            if (source.shared()) {
                shared.add(source);
            }
        }
        return shared;
    }
}
