package io.stackgen.cli;

import io.stackgen.common.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The releases of a fleet file, in file order. */
record Fleet(String file, List<FleetRelease> releases) {

    /**
     * The releases {@code only} names, by release name or group, in file order; all of them when {@code only} is
     * empty. A name that is neither is refused.
     */
    List<FleetRelease> select(List<String> only) {
        if (only.isEmpty()) {
            return releases;
        }
        Set<String> wanted = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String token : only) {
            List<String> matched = releases.stream()
                    .filter(r -> r.name().equals(token) || r.groups().contains(token))
                    .map(FleetRelease::name)
                    .toList();
            if (matched.isEmpty()) {
                unknown.add(token);
            }
            wanted.addAll(matched);
        }
        if (!unknown.isEmpty()) {
            throw new InputException(unknown.stream()
                    .map(name -> "--only " + name + ": no release or group '" + name + "' in " + file + " (groups: "
                            + (groups().isEmpty() ? "none" : String.join(", ", groups())) + ")")
                    .reduce((a, b) -> a + "\n" + b).orElseThrow());
        }
        return releases.stream().filter(r -> wanted.contains(r.name())).toList();
    }

    /** Every group name, sorted. */
    Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        releases.forEach(r -> groups.addAll(r.groups()));
        return groups;
    }
}
