package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesFile;
import java.io.IOException;
import java.nio.file.Path;

/** Reads the -f files (and standard input for '-') and collects the --set flags. */
final class UserValuesReader {
    private static final String STDIN_NAME = "<stdin>";

    private UserValuesReader() {
    }

    static UserValues read(ValuesOptions options) {
        UserValues.Builder builder = UserValues.builder();
        boolean stdinUsed = false;
        for (String file : options.valuesFiles) {
            if ("-".equals(file)) {
                if (stdinUsed) {
                    throw new InputException("-f -: standard input can be read only once");
                }
                stdinUsed = true;
                builder.valuesFile(ValuesFile.parse(STDIN_NAME, readStdin()));
            } else {
                builder.valuesFile(ValuesFile.read(Path.of(file), file));
            }
        }
        options.set.setJson.forEach(builder::setJson);
        options.set.set.forEach(builder::set);
        options.set.setString.forEach(builder::setString);
        options.set.setFile.forEach(builder::setFile);
        options.set.setLiteral.forEach(builder::setLiteral);
        return builder.build();
    }

    private static byte[] readStdin() {
        try {
            return InputFiles.read(System.in, STDIN_NAME, "values file", ValuesFile.MAX_BYTES);
        } catch (IOException e) {
            throw new InputException(STDIN_NAME + ": cannot read values: " + e.getMessage());
        }
    }
}
