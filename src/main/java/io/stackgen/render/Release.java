package io.stackgen.render;

import java.util.List;

/** Who the render is for: the release and the cluster it targets (Helm's .Release and .Capabilities). */
public record Release(String name, String namespace, String kubeVersion, List<String> extraApiVersions) {
    public static final String DEFAULT_KUBE_VERSION = "v1.31.0";

    public Release {
        extraApiVersions = List.copyOf(extraApiVersions);
    }
}
