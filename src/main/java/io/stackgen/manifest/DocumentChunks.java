package io.stackgen.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * A multi-document YAML text cut, at document markers, into pieces that can be parsed on their own and so at the
 * same time: a {@code ---} at the start of a line, followed by a blank or the line's end, always starts a document
 * (YAML forbids it inside block and quoted scalars), so each piece holds whole documents. Each piece knows the line
 * it starts on, counted as snakeyaml counts lines, so positions read from a piece are moved to the whole text.
 */
final class DocumentChunks {
    /** Pieces are at least this long: smaller ones would cost more to hand out than to parse. */
    static final int MIN_CHUNK = 32 * 1024;

    /**
     * One piece.
     *
     * @param text      whole documents
     * @param firstLine the 0-based line of the whole text the piece starts on
     */
    record Chunk(String text, int firstLine) {
    }

    private DocumentChunks() {
    }

    /** The text in pieces of at least {@code minChunk} characters (the last may be shorter), in order. */
    static List<Chunk> split(String text, int minChunk) {
        if (text.indexOf('\r') >= 0) {
            return splitLines(text, minChunk); // rare: lines counted character by character
        }
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int startLine = 0;
        int line = 0;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            line++;
            if (newline + 1 - start >= minChunk && isDocumentStart(text, newline + 1)) {
                chunks.add(new Chunk(text.substring(start, newline + 1), startLine));
                start = newline + 1;
                startLine = line;
            }
        }
        chunks.add(new Chunk(start == 0 ? text : text.substring(start), startLine));
        return chunks;
    }

    private static List<Chunk> splitLines(String text, int minChunk) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        int startLine = 0;
        int line = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isLineBreak(text, i, c)) {
                line++;
                if (c == '\n' && i + 1 - start >= minChunk && isDocumentStart(text, i + 1)) {
                    chunks.add(new Chunk(text.substring(start, i + 1), startLine));
                    start = i + 1;
                    startLine = line;
                }
            }
        }
        chunks.add(new Chunk(start == 0 ? text : text.substring(start), startLine));
        return chunks;
    }

    /** snakeyaml's line breaks: {@code \n}, and {@code \r} unless a {@code \n} follows. */
    private static boolean isLineBreak(String text, int i, char c) {
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }

    private static boolean isDocumentStart(String text, int at) {
        if (!text.startsWith("---", at)) {
            return false;
        }
        if (at + 3 == text.length()) {
            return true;
        }
        char next = text.charAt(at + 3);
        return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\0';
    }
}
