package io.stackgen.oci;

import io.stackgen.common.InputException;
import java.util.List;
import java.util.Map;

/**
 * Pulls a chart: the manifest (its digest checked against a pinned reference and the registry's own
 * Docker-Content-Digest), its media types, then the config and chart blobs, each checked against its digest and
 * size. Everything is held in memory and checked before the caller writes anything.
 */
public final class ChartPuller {
    /** The chart archive is at most this large (the archive reader's unpacked limit bounds it anyway). */
    static final long MAX_ARCHIVE = 64L << 20;
    static final long MAX_CONFIG = 1L << 20;

    /** A verified chart: its kind, the manifest digest it was pulled at, the archive, the manifest annotations. */
    public record Pulled(ChartKind kind, OciReference reference, String digest, byte[] archive,
                         Map<String, String> annotations) {
        public String pinned() {
            return reference.host() + "/" + reference.repository() + reference.tag().map(t -> ":" + t).orElse("") + "@" + digest;
        }
    }

    private ChartPuller() {
    }

    public static Pulled pull(RegistryClient client, OciReference reference) {
        String what = reference.toString();
        RegistryClient.FetchedManifest fetched = client.getManifest(reference.repository(), reference.manifestReference())
                .orElseThrow(() -> notFound(reference));
        String digest = Digest.sha256(fetched.body());
        if (reference.digest().filter(d -> !d.equals(digest)).isPresent()) {
            throw new InputException(what + ": digest check failed: the registry sent a manifest hashing to " + digest
                    + "; nothing was written");
        }
        if (fetched.digestHeader().filter(d -> !d.equals(digest)).isPresent()) {
            throw new InputException(what + ": digest check failed: the registry says the manifest is "
                    + fetched.digestHeader().get() + ", but it hashes to " + digest + "; nothing was written");
        }
        ImageManifest manifest = ImageManifest.parse(fetched.body(), what);
        ChartKind kind = ChartKind.byConfigMediaType(manifest.config().mediaType())
                .orElseThrow(() -> new InputException(what + ": is not a chart: its config media type is '"
                        + manifest.config().mediaType() + "' (expected " + ChartKind.HELM_CHART.configMediaType()
                        + " or " + ChartKind.STACKGEN_SOURCE.configMediaType() + ")"));
        ImageManifest.Descriptor layer = contentLayer(manifest, kind, what);
        if (manifest.config().size() > MAX_CONFIG || layer.size() > MAX_ARCHIVE) {
            throw new InputException(what + ": the manifest announces blobs larger than a chart may be ("
                    + MAX_ARCHIVE + " bytes); refused");
        }
        byte[] config = client.getBlob(reference.repository(), manifest.config().digest(), manifest.config().size());
        Digest.verify(config, manifest.config().digest(), manifest.config().size(), what + ": config blob");
        byte[] archive = client.getBlob(reference.repository(), layer.digest(), layer.size());
        Digest.verify(archive, layer.digest(), layer.size(), what + ": chart layer");
        return new Pulled(kind, reference, digest, archive, manifest.annotations());
    }

    /** The one chart layer; Helm's provenance layer may sit beside it and is left alone. */
    private static ImageManifest.Descriptor contentLayer(ImageManifest manifest, ChartKind kind, String what) {
        List<ImageManifest.Descriptor> content = manifest.layers().stream()
                .filter(l -> kind.isContentLayer(l.mediaType()))
                .toList();
        List<String> unknown = manifest.layers().stream()
                .map(ImageManifest.Descriptor::mediaType)
                .filter(t -> !kind.isContentLayer(t) && !ChartKind.HELM_PROVENANCE.equals(t))
                .toList();
        if (content.size() != 1 || !unknown.isEmpty()) {
            throw new InputException(what + ": a " + kind.label() + " needs exactly one layer of type "
                    + kind.layerMediaType() + "; the manifest has " + manifest.layers().stream()
                    .map(ImageManifest.Descriptor::mediaType).toList());
        }
        return content.get(0);
    }

    private static InputException notFound(OciReference reference) {
        return new InputException(reference + ": not found: the registry " + reference.host() + " has no "
                + reference.digest().map(d -> "manifest " + d).orElse("tag '" + reference.tag().orElseThrow() + "'")
                + " in " + reference.repository());
    }
}
