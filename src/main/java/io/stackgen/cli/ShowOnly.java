package io.stackgen.cli;

import io.stackgen.common.InputException;
import io.stackgen.manifest.ManifestDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Helm's --show-only: keep documents whose template matches a path or glob given relative to the chart. */
final class ShowOnly {
    private ShowOnly() {
    }

    static List<ManifestDocument> filter(List<ManifestDocument> documents, List<String> patterns, String chartName) {
        if (patterns.isEmpty()) {
            return documents;
        }
        List<Pattern> compiled = new ArrayList<>();
        for (String pattern : patterns) {
            Pattern regex = glob(normalise(pattern, chartName));
            if (documents.stream().noneMatch(d -> regex.matcher(d.source()).matches())) {
                throw new InputException("--show-only " + pattern + ": could not find template " + pattern + " in chart " + chartName);
            }
            compiled.add(regex);
        }
        return documents.stream().filter(d -> compiled.stream().anyMatch(r -> r.matcher(d.source()).matches())).toList();
    }

    private static String normalise(String pattern, String chartName) {
        String path = pattern.replace('\\', '/');
        if (path.endsWith(".j2")) {
            path = path.substring(0, path.length() - 3);
        }
        return path.startsWith(chartName + "/") ? path : chartName + "/" + path;
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
