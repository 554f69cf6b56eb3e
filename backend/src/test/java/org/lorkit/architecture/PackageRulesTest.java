package org.lorkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure as rules: a feature package may use another, but never in a circle (a
 * circle means neither can be read or changed alone), and the shared floor ({@code common},
 * {@code platform}) knows no feature. Plain JUnit: no Quarkus, no database.
 */
class PackageRulesTest {

    private static final String[] FEATURES = {
        "org.lorkit.admin..",
        "org.lorkit.attending..",
        "org.lorkit.auth..",
        "org.lorkit.calendar..",
        "org.lorkit.coaching..",
        "org.lorkit.datarights..",
        "org.lorkit.feedback..",
        "org.lorkit.idempotency..",
        "org.lorkit.letter..",
        "org.lorkit.messages..",
        "org.lorkit.ops..",
        "org.lorkit.packet..",
        "org.lorkit.phi..",
        "org.lorkit.profile..",
        "org.lorkit.program..",
        "org.lorkit.rotation..",
        "org.lorkit.security..",
        "org.lorkit.story.."
    };

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lorkit");
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.lorkit.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void theSharedFloorKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage("org.lorkit.common..", "org.lorkit.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(production);
    }
}
