package io.stackgen.cli;

import java.time.Duration;
import java.util.List;

/** Everything one render needs, as given on the command line (or, later, in a fleet file). */
record RenderRequest(String chart, String release, String namespace, String kubeVersion, List<String> apiVersions,
                     ValuesOptions values, List<String> showOnly, boolean checkSchema, Duration timeout) {
}
