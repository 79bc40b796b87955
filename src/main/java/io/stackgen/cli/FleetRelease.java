package io.stackgen.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One release of a fleet, with the fleet's defaults applied and paths resolved against the fleet file's folder:
 * exactly what one {@code stackgen render NAME CHART -n NAMESPACE -f ... --set ...} would be given.
 *
 * @param chart  a built-in chart's name, a chart directory, or an {@code oci://} reference
 * @param where  file:line:col of the release in the fleet file
 */
record FleetRelease(String name, String chart, String namespace, List<String> groups, List<String> valuesFiles,
                    List<String> set, List<String> setString, List<String> setJson, String kubeVersion,
                    List<String> apiVersions, String where) {

    RenderRequest request(boolean checkSchema, Duration timeout) {
        SetOptions flags = new SetOptions();
        flags.set = new ArrayList<>(set);
        flags.setString = new ArrayList<>(setString);
        flags.setJson = new ArrayList<>(setJson);
        return new RenderRequest(chart, name, namespace, kubeVersion, apiVersions, ValuesOptions.of(valuesFiles, flags),
                List.of(), checkSchema, timeout);
    }
}
