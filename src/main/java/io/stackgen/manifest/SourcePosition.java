package io.stackgen.manifest;

/**
 * A place in an input file, 1-based like editors and SARIF regions.
 *
 * @param file   the file as the user named it ({@code -} is shown as {@code <stdin>})
 * @param line   1-based line
 * @param column 1-based column
 */
public record SourcePosition(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
