package io.stackgen;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The stages' arrows point one way: cli → render → chart → values → common for rendering, and
 * cli → report → lint → manifest → common for linting; manifest knows nothing of how its input was made;
 * cli → packaging → chart/manifest/common for chart archives.
 */
@AnalyzeClasses(packages = "io.stackgen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule stagesDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("cli").definedBy("io.stackgen.cli..")
            .layer("render").definedBy("io.stackgen.render..")
            .layer("chart").definedBy("io.stackgen.chart..")
            .layer("values").definedBy("io.stackgen.values..")
            .layer("packaging").definedBy("io.stackgen.packaging..")
            .layer("report").definedBy("io.stackgen.report..")
            .layer("lint").definedBy("io.stackgen.lint..")
            .layer("manifest").definedBy("io.stackgen.manifest..")
            .layer("common").definedBy("io.stackgen.common..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("render").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("packaging").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("chart").mayOnlyBeAccessedByLayers("cli", "render", "packaging")
            .whereLayer("values").mayOnlyBeAccessedByLayers("cli", "render", "chart")
            .whereLayer("report").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("lint").mayOnlyBeAccessedByLayers("cli", "report")
            .whereLayer("manifest").mayOnlyBeAccessedByLayers("cli", "report", "lint", "packaging")
            .whereLayer("common").mayOnlyBeAccessedByLayers("cli", "render", "chart", "values", "manifest", "report", "lint",
                    "packaging");
}
