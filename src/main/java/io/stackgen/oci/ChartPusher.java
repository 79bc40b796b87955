package io.stackgen.oci;

import io.stackgen.common.InputException;
import java.util.List;

/**
 * Pushes a chart as Helm does: config blob and chart layer (each skipped if the registry has it already), then
 * the manifest under the tag {@code <version with + as _>} in {@code <repository>/<chart name>}.
 */
public final class ChartPusher {
    /** {@code reference} names the tag pushed; {@code digest} the manifest. */
    public record Pushed(OciReference reference, String digest) {
        /** {@code host/repo/name:tag@sha256:…}: what `docker pull`, `helm pull` and Argo CD accept. */
        public String pinned() {
            return reference + "@" + digest;
        }
    }

    private ChartPusher() {
    }

    public static Pushed push(RegistryClient client, OciReference repository, ChartArtifact artifact) {
        OciReference target = repository.child(artifact.name(), artifact.version());
        byte[] config = ChartConfig.json(artifact.chartYaml());
        ImageManifest.Descriptor configDescriptor = ImageManifest.Descriptor.of(artifact.kind().configMediaType(), config);
        ImageManifest.Descriptor layerDescriptor = ImageManifest.Descriptor.of(artifact.kind().layerMediaType(), artifact.archive());
        ImageManifest manifest = new ImageManifest(configDescriptor, List.of(layerDescriptor),
                Annotations.of(artifact.chartYaml(), artifact.created()));
        upload(client, target.repository(), configDescriptor, config);
        upload(client, target.repository(), layerDescriptor, artifact.archive());
        byte[] manifestJson = manifest.json();
        String digest = Digest.sha256(manifestJson);
        String stored = client.putManifest(target.repository(), target.tag().orElseThrow(), manifestJson);
        if (!stored.equals(digest)) {
            throw new InputException("registry " + client.host() + " reports the manifest of " + target + " as " + stored
                    + ", but the manifest sent hashes to " + digest);
        }
        return new Pushed(target, digest);
    }

    private static void upload(RegistryClient client, String repository, ImageManifest.Descriptor descriptor, byte[] content) {
        if (!client.hasBlob(repository, descriptor.digest())) {
            client.uploadBlob(repository, descriptor.digest(), content);
        }
    }
}
