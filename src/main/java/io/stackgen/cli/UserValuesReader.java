package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.values.UserValues;
import io.stackgen.values.ValuesFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the -f files (and standard input for '-') and collects the --set flags. */
final class UserValuesReader {
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
                builder.valuesFile(ValuesFile.parse("<stdin>", readStdin()));
            } else {
                builder.valuesFile(ValuesFile.parse(file, readFile(file)));
            }
        }
        options.set.setJson.forEach(builder::setJson);
        options.set.set.forEach(builder::set);
        options.set.setString.forEach(builder::setString);
        options.set.setFile.forEach(builder::setFile);
        options.set.setLiteral.forEach(builder::setLiteral);
        return builder.build();
    }

    private static byte[] readFile(String file) {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new InputException(file + ": is a directory, not a values file");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such values file");
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": cannot read values file (permission denied)");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read values file: " + e.getMessage());
        }
    }

    private static byte[] readStdin() {
        try {
            return System.in.readAllBytes();
        } catch (IOException e) {
            throw new InputException("<stdin>: cannot read values: " + e.getMessage());
        }
    }
}
