package io.stackgen.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Jinjava's line numbers right under trim_blocks. Jinjava drops the newline after a block tag or
 * comment without counting it, so every error below such a line named a line too high. Here that
 * newline moves into an empty expression right after the tag ({@code {% if x %}⏎} becomes
 * {@code {% if x %}{{⏎'' }}}): the output is the same (a {@code -%}} tag gets {@code -}}} so that what
 * follows is still stripped), and the scanner counts the line. {@code raw} blocks are left alone.
 */
final class TrimmedLines {
    private static final Pattern RAW = Pattern.compile("(?s)\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern TAG_END_AT_LINE_END = Pattern.compile("(?<!\\+)(-?)([%#])}\\n");
    /** By content: a fleet reads the same templates and macro files for every release. */
    private static final Map<String, String> DONE = new ConcurrentHashMap<>();

    private TrimmedLines() {
    }

    static String of(String template) {
        return DONE.computeIfAbsent(template, TrimmedLines::rewrite);
    }

    private static String rewrite(String template) {
        StringBuilder out = new StringBuilder(template.length() + 256);
        Matcher raw = RAW.matcher(template);
        int done = 0;
        while (raw.find()) {
            out.append(outsideRaw(template.substring(done, raw.start()))).append(raw.group());
            done = raw.end();
        }
        return out.append(outsideRaw(template.substring(done))).toString();
    }

    private static String outsideRaw(String text) {
        return TAG_END_AT_LINE_END.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + "}{{\n'' " + m.group(1) + "}}"));
    }
}
