package io.stackgen.oci;

import io.stackgen.common.InputException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code oci://HOST[:PORT]/REPOSITORY[:TAG][@sha256:HEX]}: where a chart lives in a registry. For a push the
 * reference names a repository only; the chart's name and tag are appended as Helm appends them.
 */
public record OciReference(String host, String repository, Optional<String> tag, Optional<String> digest) {
    public static final String SCHEME = "oci://";

    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+])(?::[0-9]{1,5})?");
    /** The distribution spec's repository name grammar: lower-case components separated by '/'. */
    private static final Pattern REPOSITORY = Pattern.compile(
            "[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern REFERENCE = Pattern.compile("([^/]+)(?:/([^:@]*))?(?::([^@]*))?(?:@(.*))?");

    public static boolean isOci(String text) {
        return text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** A chart reference with a tag (a chart version; '+' is read as '_') or a digest, as pull takes it. */
    public static OciReference chart(String text) {
        OciReference ref = parse(text);
        if (ref.repository.isEmpty()) {
            throw new InputException(text + ": names no chart: expected oci://HOST/REPOSITORY/CHART:VERSION");
        }
        if (ref.tag.isEmpty() && ref.digest.isEmpty()) {
            throw new InputException(text + ": names no version: add ':VERSION' (or '@sha256:DIGEST')");
        }
        return ref;
    }

    /** A repository to push into, with no tag or digest: the chart's name and version are added to it. */
    public static OciReference repository(String text) {
        OciReference ref = parse(text);
        if (ref.tag.isPresent() || ref.digest.isPresent()) {
            throw new InputException(text + ": push takes a repository (oci://HOST/REPOSITORY) without tag or digest: "
                    + "the chart's name and version are appended, as helm push does");
        }
        return ref;
    }

    private static OciReference parse(String text) {
        if (!isOci(text)) {
            throw new InputException(text + ": not an OCI reference: expected oci://HOST[:PORT]/REPOSITORY");
        }
        Matcher m = REFERENCE.matcher(text.substring(SCHEME.length()));
        if (!m.matches()) {
            throw new InputException(text + ": not an OCI reference: expected oci://HOST[:PORT]/REPOSITORY");
        }
        String host = m.group(1);
        if (!HOST.matcher(host).matches()) {
            throw new InputException(text + ": '" + host + "' is not a registry host[:port]");
        }
        String repository = m.group(2) == null ? "" : stripSlash(m.group(2));
        if (!repository.isEmpty() && !REPOSITORY.matcher(repository).matches()) {
            throw new InputException(text + ": '" + repository + "' is not a repository name "
                    + "(lower-case letters, digits and . _ - separated by '/')");
        }
        Optional<String> tag = Optional.ofNullable(m.group(3)).map(OciReference::tagOf);
        tag.ifPresent(t -> {
            if (!TAG.matcher(t).matches()) {
                throw new InputException(text + ": '" + t + "' is not a valid tag or chart version");
            }
        });
        Optional<String> digest = Optional.ofNullable(m.group(4));
        digest.ifPresent(d -> Digest.requireValid(d, text));
        return new OciReference(host.toLowerCase(Locale.ROOT), repository, tag, digest);
    }

    /** OCI tags cannot hold '+', so a chart version's build metadata travels as '_' (Helm's convention). */
    public static String tagOf(String version) {
        return version.replace('+', '_');
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** This repository with a chart name appended: where push puts a chart. */
    public OciReference child(String name, String version) {
        String tagged = tagOf(version);
        if (!TAG.matcher(tagged).matches()) {
            throw new InputException("chart version '" + version + "' cannot be an OCI tag");
        }
        return new OciReference(host, repository.isEmpty() ? name : repository + "/" + name, Optional.of(tagged),
                Optional.empty());
    }

    /** The last path component: the chart's name. */
    public String name() {
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    /** What to ask the registry for: the digest if pinned, else the tag. */
    public String manifestReference() {
        return digest.orElseGet(tag::orElseThrow);
    }

    /** {@code host/repository:tag[@digest]}, without the scheme, as Helm and docker print references. */
    @Override
    public String toString() {
        return host + "/" + repository + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
    }
}
