package org.claimtally;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Packages follow the pipeline stages; libraries stay behind their stage. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.claimtally");

    @Test
    void stagesAreLayered() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("cli").definedBy("org.claimtally.cli..")
                .layer("pipeline").definedBy("org.claimtally.pipeline..")
                .layer("eval").definedBy("org.claimtally.eval..")
                .layer("ingest").definedBy("org.claimtally.ingest..")
                .layer("extract").definedBy("org.claimtally.extract..")
                .layer("calendar").definedBy("org.claimtally.calendar..")
                .layer("event").definedBy("org.claimtally.event..")
                .layer("aggregate").definedBy("org.claimtally.aggregate..")
                .layer("report").definedBy("org.claimtally.report..")
                .layer("model").definedBy("org.claimtally.model..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("eval").mayOnlyBeAccessedByLayers("cli", "pipeline")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("pipeline", "eval", "cli")
                .whereLayer("calendar").mayOnlyBeAccessedByLayers("pipeline", "extract")
                .whereLayer("event").mayOnlyBeAccessedByLayers("pipeline", "aggregate")
                .whereLayer("aggregate").mayOnlyBeAccessedByLayers("pipeline")
                .whereLayer("report").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .check(CLASSES);
    }

    @Test
    void noCycles() {
        slices().matching("org.claimtally.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void picocliOnlyInCli() {
        noClasses().that().resideOutsideOfPackage("org.claimtally.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(CLASSES);
    }

    @Test
    void poiOnlyInTheWorkbookWriter() {
        noClasses().that().resideOutsideOfPackage("org.claimtally.report.xlsx..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.poi..").check(CLASSES);
    }

    @Test
    void tablesawOnlyBehindReportTypes() {
        noClasses().that().resideOutsideOfPackage("org.claimtally.report..")
                .should().dependOnClassesThat().resideInAPackage("tech.tablesaw..").check(CLASSES);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.claimtally.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.claimtally.cli..", "org.claimtally.pipeline..",
                        "org.claimtally.ingest..", "org.claimtally.extract..", "org.claimtally.aggregate..",
                        "org.claimtally.report..", "org.claimtally.eval..", "org.claimtally.calendar..",
                        "org.claimtally.event..").check(CLASSES);
    }
}
