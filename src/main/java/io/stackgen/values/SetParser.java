package io.stackgen.values;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stackgen.common.InputException;
import io.stackgen.common.InputFiles;
import io.stackgen.common.UserText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Helm's --set syntax (pkg/strvals): {@code a.b=1,c[0]=x,d={x,y}}, with \ escapes. Parses INTO a
 * values map, modifying existing maps and lists in place like Helm does.
 */
public final class SetParser {
    /** Helm's strvals.MaxIndex. */
    public static final int MAX_INDEX = 65536;
    /** Helm's strvals.MaxNestedNameLevel. */
    public static final int MAX_NESTED_NAME_LEVEL = 30;

    /** Made on the first --set-json: Jackson's set-up is not on the way of other values. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads --set-file paths from disk, as strict UTF-8 text no larger than a values file may be. */
    public static final Function<String, String> DISK_FILES =
            path -> InputFiles.utf8(path, InputFiles.read(Path.of(path), path, "file", ValuesFile.MAX_BYTES));

    private SetParser() {}

    public static void parseInto(String arg, Map<String, Object> base, SetMode mode) {
        parseInto(arg, base, mode, DISK_FILES);
    }

    /**
     * @param fileReader for {@link SetMode#FILE}: path to content; may throw UncheckedIOException
     */
    public static void parseInto(String arg, Map<String, Object> base, SetMode mode, Function<String, String> fileReader) {
        try {
            String trimmed = arg.strip();
            if (mode == SetMode.JSON && trimmed.startsWith("{")) {
                Trees.mergeInto(base, Trees.asMap(readJsonObject(trimmed)));
            } else {
                new Run(arg, mode, fileReader).parse(base);
            }
        } catch (SyntaxError e) {
            throw new InputException(mode.flag() + " '" + mode.withoutValues(arg) + "': " + e.getMessage());
        }
    }

    private static Object readJsonObject(String json) {
        try {
            return Json.MAPPER.readValue(json, LinkedHashMap.class);
        } catch (JacksonException e) {
            throw new SyntaxError("invalid JSON: " + jsonProblem(e));
        }
    }

    /** Jackson's message without the token it quotes: an unquoted password is such a token. */
    private static String jsonProblem(JacksonException e) {
        return YamlTreeBuilder.oneLine(e.getOriginalMessage()).replaceAll("token '[^']*'", "token");
    }

    /** A problem in the argument; becomes an InputException naming the flag. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }

    /** Text read up to a stop character; {@code stop} is -1 at the end of the argument. */
    private record Until(String text, int stop) {
        boolean atEnd() {
            return stop < 0;
        }
    }

    /** The result of a list item: the list, and whether the end of the argument ended it (Go's io.EOF). */
    private record ListResult(List<Object> list, boolean atEnd) {}

    /** One parse of one argument: a port of strvals' parser and literalParser. */
    private static final class Run {
        private final String input;
        private final SetMode mode;
        private final Function<String, String> fileReader;
        private int pos;

        Run(String input, SetMode mode, Function<String, String> fileReader) {
            this.input = input;
            this.mode = mode;
            this.fileReader = fileReader;
        }

        void parse(Map<String, Object> data) {
            while (!key(data, 0)) {
                // each call consumes one assignment
            }
        }

        private boolean literal() {
            return mode == SetMode.LITERAL;
        }

        /** Parses one assignment into {@code data}; true when the argument was already exhausted. */
        private boolean key(Map<String, Object> data, int nestedNameLevel) {
            Until k = runesUntil(literal() ? "=[." : "=[,.");
            if (k.atEnd()) {
                if (k.text().isEmpty()) {
                    return true;
                }
                throw new SyntaxError("key \"" + UserText.quotable(k.text()) + "\" has no value");
            }
            String key = k.text();
            if (key.isEmpty() && k.stop() != ',') {
                // Helm drops such an assignment without a word; it is always a typo, so it is refused.
                throw new SyntaxError("empty key before '" + (char) k.stop() + "'");
            }
            switch (k.stop()) {
                case '[': {
                    int index = keyIndex();
                    List<Object> list = data.containsKey(key) ? existingList(data.get(key), key) : new ArrayList<>();
                    ListResult result = listItem(list, index, nestedNameLevel);
                    set(data, key, result.list());
                    return result.atEnd();
                }
                case '=':
                    return assign(data, key);
                case ',':
                    throw new SyntaxError("key \"" + UserText.quotable(key) + "\" has no value (cannot end with ,)");
                default: { // '.'
                    int level = nestedNameLevel + 1;
                    if (level > MAX_NESTED_NAME_LEVEL) {
                        throw new SyntaxError("value name nested level is greater than maximum supported nested level of "
                                + MAX_NESTED_NAME_LEVEL);
                    }
                    Map<String, Object> inner = data.containsKey(key) ? existingMap(data.get(key), key) : new LinkedHashMap<>();
                    boolean atEnd = key(inner, level);
                    if (!atEnd && inner.isEmpty()) {
                        throw new SyntaxError("key map \"" + UserText.quotable(key) + "\" has no value");
                    }
                    if (!inner.isEmpty()) {
                        set(data, key, inner);
                    }
                    return atEnd;
                }
            }
        }

        /** After {@code key=}: reads the value and sets it. */
        private boolean assign(Map<String, Object> data, String key) {
            if (literal()) {
                set(data, key, rest());
                return false;
            }
            if (mode == SetMode.JSON) {
                set(data, key, jsonValue());
                return false;
            }
            if (atEnd()) {
                set(data, key, "");
                return true;
            }
            List<Object> list = valList();
            set(data, key, list != null ? list : convert(val()));
            return false;
        }

        private ListResult listItem(List<Object> list, int index, int nestedNameLevel) {
            if (index < 0) {
                throw new SyntaxError("negative " + index + " index not allowed");
            }
            Until k = runesUntil("[.=");
            if (!k.text().isEmpty()) {
                throw new SyntaxError("unexpected data at end of array index: \"" + UserText.quotable(k.text()) + "\"");
            }
            if (k.atEnd()) {
                return new ListResult(list, true);
            }
            switch (k.stop()) {
                case '=': {
                    Object value;
                    if (literal()) {
                        value = rest();
                    } else if (mode == SetMode.JSON) {
                        value = jsonValue();
                    } else if (atEnd()) {
                        value = "";
                    } else {
                        List<Object> values = valList();
                        value = values != null ? values : convert(val());
                    }
                    return new ListResult(setIndex(list, index, value), false);
                }
                case '[': {
                    int nextIndex = keyIndex();
                    List<Object> current = new ArrayList<>();
                    if (index < list.size() && list.get(index) != null) {
                        current = existingList(list.get(index), "[" + index + "]");
                    }
                    ListResult inner = listItem(current, nextIndex, nestedNameLevel);
                    if (inner.atEnd()) {
                        return new ListResult(list, true);
                    }
                    return new ListResult(setIndex(list, index, inner.list()), false);
                }
                default: { // '.'
                    Map<String, Object> inner = new LinkedHashMap<>();
                    if (index < list.size()) {
                        if (!(list.get(index) instanceof Map<?, ?>)) {
                            // Helm: indexes given out of order leave a non-map here; start afresh.
                            list.set(index, new LinkedHashMap<String, Object>());
                        }
                        inner = Trees.asMap(list.get(index));
                    }
                    if (key(inner, nestedNameLevel)) {
                        return new ListResult(list, true);
                    }
                    return new ListResult(setIndex(list, index, inner), false);
                }
            }
        }

        private static List<Object> setIndex(List<Object> list, int index, Object value) {
            if (index < 0) {
                throw new SyntaxError("negative " + index + " index not allowed");
            }
            if (index > MAX_INDEX) {
                throw new SyntaxError("index of " + index + " is greater than maximum supported index of " + MAX_INDEX);
            }
            while (list.size() <= index) {
                list.add(null);
            }
            list.set(index, value);
            return list;
        }

        private int keyIndex() {
            Until index = runesUntil("]");
            if (index.atEnd()) {
                throw new SyntaxError("error parsing index: missing ']'");
            }
            String text = index.text();
            if (!text.matches("[+-]?[0-9]+")) {
                throw new SyntaxError("error parsing index: \"" + UserText.quotable(text) + "\" is not an integer");
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new SyntaxError("error parsing index: \"" + UserText.quotable(text) + "\" is out of range");
            }
        }

        /** {@code {a,b}} as a list, or null when the value is not a list (Go's ErrNotList). */
        private List<Object> valList() {
            if (input.charAt(pos) != '{') {
                return null;
            }
            pos++;
            List<Object> list = new ArrayList<>();
            while (true) {
                Until item = runesUntil(",}");
                if (item.atEnd()) {
                    throw new SyntaxError("list must terminate with '}'");
                }
                list.add(convert(item.text()));
                if (item.stop() == '}') {
                    if (!atEnd() && input.charAt(pos) == ',') {
                        pos++;
                    }
                    return list;
                }
            }
        }

        private String val() {
            return runesUntil(",").text();
        }

        private String rest() {
            String value = input.substring(pos);
            pos = input.length();
            return value;
        }

        private Object convert(String text) {
            switch (mode) {
                case STRING:
                    return text;
                case FILE:
                    return readFile(text);
                default:
                    return typedVal(text);
            }
        }

        private String readFile(String path) {
            try {
                return fileReader.apply(path);
            } catch (UncheckedIOException e) {
                throw new SyntaxError("cannot read file '" + UserText.quotable(path) + "': " + ioProblem(e.getCause()));
            } catch (InputException e) {
                throw new SyntaxError(e.getMessage());
            }
        }

        private static String ioProblem(IOException e) {
            if (e instanceof NoSuchFileException) {
                return "no such file";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            return YamlTreeBuilder.oneLine(e.getMessage());
        }

        /** One JSON value after {@code key=}; blank means null. Consumes a following comma. */
        private Object jsonValue() {
            if (skipBlanksAndComma()) {
                return null;
            }
            // Read the value as the first element of an array, so the parser stops cleanly at a following comma.
            Object value;
            try (JsonParser parser = Json.MAPPER.createParser("[" + input.substring(pos))) {
                parser.nextToken();
                parser.nextToken();
                value = Json.MAPPER.readerFor(Object.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readValue(parser);
                pos += (int) parser.currentLocation().getCharOffset() - 1;
            } catch (JacksonException e) {
                throw new SyntaxError("invalid JSON: " + jsonProblem(e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            skipBlanksAndComma();
            return value;
        }

        /** Go's emptyVal: skips blanks; true (consuming it) at a comma or the end, false before anything else. */
        private boolean skipBlanksAndComma() {
            while (!atEnd()) {
                char c = input.charAt(pos);
                if (c == ',') {
                    pos++;
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
                pos++;
            }
            return true;
        }

        private boolean atEnd() {
            return pos >= input.length();
        }

        /** Reads up to one of {@code stops}, resolving backslash escapes (not in literal mode). */
        private Until runesUntil(String stops) {
            StringBuilder text = new StringBuilder();
            while (pos < input.length()) {
                char c = input.charAt(pos++);
                if (stops.indexOf(c) >= 0) {
                    return new Until(text.toString(), c);
                }
                if (c == '\\' && !literal()) {
                    if (pos >= input.length()) {
                        return new Until(text.toString(), -1);
                    }
                    c = input.charAt(pos++);
                }
                text.append(c);
            }
            return new Until(text.toString(), -1);
        }

        private static void set(Map<String, Object> data, String key, Object value) {
            if (!key.isEmpty()) {
                data.put(key, value);
            }
        }

        private static List<Object> existingList(Object value, String key) {
            if (!(value instanceof List<?>)) {
                throw new SyntaxError("cannot index \"" + UserText.quotable(key) + "\": it holds a " + Trees.typeName(value) + ", not a list");
            }
            return Trees.asList(value);
        }

        private static Map<String, Object> existingMap(Object value, String key) {
            if (!(value instanceof Map<?, ?>)) {
                throw new SyntaxError("cannot set a key inside \"" + UserText.quotable(key) + "\": it holds a "
                        + Trees.typeName(value) + ", not a map");
            }
            return Trees.asMap(value);
        }
    }

    /** Helm's typedVal: true/false/null (any case), integers not starting with 0, else the string. */
    static Object typedVal(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        if (text.equalsIgnoreCase("null")) {
            return null;
        }
        if (text.equals("0")) {
            return 0L;
        }
        if (!text.isEmpty() && text.charAt(0) != '0' && text.matches("[+-]?[0-9]+")) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }
}
