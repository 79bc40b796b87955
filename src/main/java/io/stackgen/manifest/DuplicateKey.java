package io.stackgen.manifest;

import java.util.List;

/**
 * A mapping key written twice in one object. YAML parsers disagree on which copy wins (Helm keeps the last),
 * so the reader keeps the last and reports both places.
 *
 * @param path   path of the mapping that holds the key, from the object root
 * @param key    the repeated key
 * @param first  where it was first written
 * @param second where it was written again
 */
public record DuplicateKey(List<Object> path, String key, SourcePosition first, SourcePosition second) {
}
