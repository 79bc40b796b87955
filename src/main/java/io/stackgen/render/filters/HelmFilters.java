package io.stackgen.render.filters;

import static io.stackgen.render.filters.NamedFilter.arg;
import static io.stackgen.render.filters.NamedFilter.intArg;
import static io.stackgen.render.filters.NamedFilter.plain;
import static io.stackgen.render.filters.NamedFilter.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import io.stackgen.render.SandboxViolation;
import io.stackgen.render.StrictValues;
import io.stackgen.render.TemplateFailure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters chart authors coming from Helm need, with Helm's semantics: {@code toyaml}, {@code tojson},
 * {@code indent}/{@code nindent}, {@code quote}, {@code b64enc}, {@code sha256sum}, {@code required},
 * {@code default} (empty values count as missing, as in Helm), {@code omit}, {@code trunc},
 * {@code trimsuffix}, {@code kebabcase}.
 */
public final class HelmFilters {
    /** Made on the first tojson: Jackson's set-up is not on a render's way otherwise. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    private HelmFilters() {
    }

    /** A new set for each engine: {@code toyaml} remembers what it wrote for as long as its engine lives. */
    public static List<Filter> all() {
        RepeatedYaml yaml = new RepeatedYaml();
        return List.of(
                new NamedFilter("toyaml", (in, args) -> yaml.write(plain(in))),
                new NamedFilter("tojson", (in, args) -> toJson(plain(in))),
                new NamedFilter("indent", (in, args) -> indent(text(in), intArg(args, 0, "indent", "width"))),
                new NamedFilter("nindent", (in, args) -> "\n" + indent(text(in), intArg(args, 0, "nindent", "width"))),
                new NamedFilter("quote", (in, args) -> in == null ? "\"\"" : GoQuote.quote(text(in))),
                new NamedFilter("squote", (in, args) -> "'" + text(in).replace("'", "''") + "'"),
                new NamedFilter("b64enc", (in, args) -> Base64.getEncoder().encodeToString(text(in).getBytes(StandardCharsets.UTF_8))),
                new NamedFilter("b64dec", (in, args) -> new String(Base64.getDecoder().decode(text(in)), StandardCharsets.UTF_8)),
                new NamedFilter("sha256sum", (in, args) -> sha256(text(in))),
                new NamedFilter("required", (in, args) -> required(in, text(arg(args, 0, "required", "message")))),
                new NamedFilter("default", (in, args) -> isEmpty(in) ? (args.length > 0 ? args[0] : "") : in),
                new NamedFilter("omit", (in, args) -> StrictValues.wrap(omit(plain(in), args), "omit(...)")),
                new NamedFilter("trunc", (in, args) -> trunc(text(in), intArg(args, 0, "trunc", "length"))),
                new NamedFilter("trimsuffix", (in, args) -> trimSuffix(text(in), text(arg(args, 0, "trimsuffix", "suffix")))),
                new NamedFilter("trimprefix", (in, args) -> trimPrefix(text(in), text(arg(args, 0, "trimprefix", "prefix")))),
                new NamedFilter("kebabcase", (in, args) -> kebabCase(text(in))),
                new NamedFilter("tostring", (in, args) -> text(in)));
    }

    /** Helm's notion of empty: null, false, zero, and empty strings and collections. */
    public static boolean isEmpty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean bool) {
            return !bool;
        }
        if (value instanceof Number number) {
            return number.doubleValue() == 0;
        }
        if (value instanceof CharSequence chars) {
            return chars.length() == 0;
        }
        if (value instanceof Collection<?> collection) {
            return collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty();
        }
        return false;
    }

    static String indent(String text, int width) {
        long pad = Math.max(0, width);
        long limit = JinjavaInterpreter.getCurrent().getConfig().getMaxStringLength();
        // a text has at most length + 1 lines: only a text that could grow past the limit has its lines counted
        if (text.length() + (text.length() + 1L) * pad > limit) {
            long lines = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                lines++;
            }
            if (text.length() + lines * pad > limit) {
                throw new SandboxViolation("indenting " + lines + " lines by " + width
                        + " is over the string length limit of " + limit + " bytes");
            }
        }
        String spaces = " ".repeat((int) pad);
        return spaces + text.replace("\n", "\n" + spaces);
    }

    private static Object required(Object value, String message) {
        if (value == null || (value instanceof CharSequence chars && chars.length() == 0)) {
            throw new TemplateFailure(message);
        }
        return value;
    }

    private static Object omit(Object value, Object[] keys) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("omit: input must be a map");
        }
        Set<String> drop = Set.copyOf(Arrays.stream(keys).map(String::valueOf).toList());
        Map<String, Object> kept = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!drop.contains(String.valueOf(k))) {
                kept.put(String.valueOf(k), v);
            }
        });
        return kept;
    }

    private static String trunc(String text, int length) {
        if (length >= 0) {
            return text.length() > length ? text.substring(0, length) : text;
        }
        return text.length() > -length ? text.substring(text.length() + length) : text;
    }

    private static String trimSuffix(String text, String suffix) {
        return !suffix.isEmpty() && text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static String trimPrefix(String text, String prefix) {
        return !prefix.isEmpty() && text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    static String kebabCase(String text) {
        return text.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1-$2")
                .replace('_', '-')
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tojson: " + e.getOriginalMessage());
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
