package io.stackgen.lint.model;

import io.stackgen.common.BoundedYaml;
import io.stackgen.common.InputException;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A config file held in a ConfigMap or Secret (server.json, a horcrux config.yaml), read as JSON or YAML with the
 * limits every input gets: whatever a manifest carries is input, and a value nested ten thousand levels deep or
 * built of aliases that double must not stop the linter.
 */
public final class ConfigText {
    /** Far deeper than any real config file. */
    public static final int MAX_DEPTH = 100;
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(BoundedYaml.MAX_COLLECTION_ALIASES)
            .build();

    private ConfigText() {
    }

    /** The text's one document as maps, lists and scalars; empty when it is not one YAML or JSON document. */
    public static Optional<Object> load(String text) {
        try {
            return Optional.ofNullable(BoundedYaml.loadOne("config", SETTINGS, text, MAX_DEPTH));
        } catch (InputException | YamlEngineException | IllegalArgumentException notConfig) {
            return Optional.empty();
        }
    }
}
