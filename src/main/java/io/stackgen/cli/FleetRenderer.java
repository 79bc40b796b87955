package io.stackgen.cli;

import io.stackgen.chart.Chart;
import io.stackgen.chart.ChartLoader;
import io.stackgen.common.InputException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Renders the releases of a fleet in one process, in parallel on a bounded pool. Each release is rendered exactly
 * as {@code stackgen render} renders it, independently of the others: its own values, its own template engine
 * (every render builds one), its own output. Each chart is loaded once and shared read-only. Results come back in
 * fleet order, whatever order the renders finish in.
 *
 * <p>Every release is rendered even when one fails, so that one run shows every broken release; then any failure
 * fails the whole fleet, each error line prefixed with its release's name.
 */
final class FleetRenderer {
    /** One rendered release. */
    record Rendered(FleetRelease release, RenderedRelease output) {
        String name() {
            return release.name();
        }
    }

    /**
     * @param timeout per release, as {@code --timeout}
     * @param jobs    how many releases render at once
     */
    record Settings(boolean checkSchema, Duration timeout, int jobs) {
    }

    private record Outcome(RenderedRelease output, String warnings) {
    }

    private FleetRenderer() {
    }

    /**
     * @param warnings Helm's warnings about values, each line prefixed with its release, in fleet order
     * @param each     given each release as soon as it has rendered, on the thread that rendered it (to write it while
     *                 others render); a failure there is that release's failure
     */
    static List<Rendered> render(List<FleetRelease> releases, Settings settings, FleetProgress progress,
                                 PrintWriter warnings, Consumer<Rendered> each) {
        Map<String, Chart> charts = loadCharts(releases);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.jobs(), releases.size())), r -> {
            Thread thread = new Thread(r, "stackgen-fleet-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (FleetRelease release : releases) {
                futures.add(pool.submit(() -> renderOne(release, charts.get(release.chart()), settings, progress, each)));
            }
            return collect(releases, futures, progress, warnings);
        } finally {
            pool.shutdownNow();
            progress.clear();
        }
    }

    private static Outcome renderOne(FleetRelease release, Chart chart, Settings settings, FleetProgress progress,
                                     Consumer<Rendered> each) {
        try {
            StringWriter warnings = new StringWriter();
            RenderedRelease output = ReleasePipeline.run(release.request(settings.checkSchema(), settings.timeout()),
                    new PrintWriter(warnings), chart);
            each.accept(new Rendered(release, output));
            return new Outcome(output, warnings.toString());
        } finally {
            progress.step();
        }
    }

    private static List<Rendered> collect(List<FleetRelease> releases, List<Future<Outcome>> futures, FleetProgress progress,
                                          PrintWriter warnings) {
        List<Rendered> rendered = new ArrayList<>();
        List<String> warningLines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        RuntimeException bug = null;
        for (int i = 0; i < releases.size(); i++) {
            FleetRelease release = releases.get(i);
            try {
                Outcome outcome = futures.get(i).get();
                outcome.warnings().lines().forEach(line -> warningLines.add(prefixed(release, line)));
                rendered.add(new Rendered(release, outcome.output()));
            } catch (ExecutionException e) {
                if (e.getCause() instanceof InputException input) {
                    input.getMessage().lines().forEach(line -> errors.add(release.name() + ": " + line));
                } else if (e.getCause() instanceof Error error) {
                    throw error;
                } else if (bug == null) {
                    bug = new IllegalStateException("release " + release.name() + ": " + e.getCause(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InputException("interrupted");
            }
        }
        progress.clear();
        warningLines.forEach(warnings::println);
        warnings.flush();
        if (bug != null) {
            throw bug;
        }
        if (!errors.isEmpty()) {
            throw new InputException(String.join("\n", errors));
        }
        return rendered;
    }

    /** Each distinct chart once, in fleet order; a chart that cannot be loaded fails the fleet before any render. */
    private static Map<String, Chart> loadCharts(List<FleetRelease> releases) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (FleetRelease release : releases) {
            if (!charts.containsKey(release.chart())) {
                try {
                    charts.put(release.chart(), ChartLoader.load(release.chart()));
                } catch (InputException e) {
                    charts.put(release.chart(), null);
                    e.getMessage().lines().forEach(line -> errors.add(release.name() + ": " + line));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InputException(String.join("\n", errors));
        }
        return charts;
    }

    /** {@code warning: eu-1: ...}: Helm's warnings keep their prefix, with the release after it. */
    private static String prefixed(FleetRelease release, String line) {
        String warning = "warning: ";
        return line.startsWith(warning)
                ? warning + release.name() + ": " + line.substring(warning.length())
                : release.name() + ": " + line;
    }
}
