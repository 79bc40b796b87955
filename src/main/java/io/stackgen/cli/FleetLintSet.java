package io.stackgen.cli;

import io.stackgen.lint.LintSet;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * A fleet's releases as one lint set: every release and namespace together, so that rules across objects (one key
 * in two places) see the whole fleet. A release's objects are in a "file" named {@code RELEASE[CHART]}, positioned
 * by line in what {@code stackgen render} prints for that release; objects that name no namespace are in the
 * release's.
 */
final class FleetLintSet {
    private FleetLintSet() {
    }

    static LintSet of(FleetOptions fleet, PrintWriter warnings) {
        List<FleetRelease> releases = FleetFile.load(fleet.file).select(fleet.only);
        FleetRenderer.Settings settings = new FleetRenderer.Settings(true, Duration.ofSeconds(30), fleet.jobs());
        return of(FleetRenderer.render(releases, settings, FleetProgress.none(), warnings, release -> { }));
    }

    /** Releases already rendered (by {@code render --fleet --lint}). */
    static LintSet of(List<FleetRenderer.Rendered> releases) {
        LintSet.Builder set = LintSet.builder();
        for (FleetRenderer.Rendered release : releases) {
            String label = release.name() + "[" + release.output().chartName() + "]";
            set.add(ManifestFormatter.objects(label, release.output().documents()),
                    release.release().namespace());
        }
        return set.build();
    }
}
