package org.kulisse.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module rules of design.md §1, checked on the compiled classes of all modules (examples sees them all):
 * dependencies point one way, and no module reaches into another's {@code internal} packages.
 */
class ArchitectureTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kulisse");

    private static final List<String> MODULES = List.of("core", "ecvet", "esco", "europass", "examples");

    @Test
    void noModuleImportsAnothersInternals() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (!module.equals(other)) {
                    noClasses().that().resideInAPackage("org.kulisse." + module + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.kulisse." + other + ".internal..")
                            .allowEmptyShould(true)
                            .check(ALL);
                }
            }
        }
    }

    @Test
    void ecvetAndEscoNeverSeeEachOther() {
        rule("ecvet", "esco").check(ALL);
        rule("esco", "ecvet").check(ALL);
    }

    @Test
    void dependenciesPointOneWay() {
        for (String lower : List.of("core")) {
            for (String upper : List.of("ecvet", "esco", "europass", "examples")) {
                rule(lower, upper).check(ALL);
            }
        }
        rule("europass", "esco").check(ALL);
        rule("europass", "examples").check(ALL);
        rule("ecvet", "europass").check(ALL);
        rule("esco", "europass").check(ALL);
    }

    @Test
    void coreUsesNoJenaAndNoXml() {
        noClasses().that().resideInAPackage("org.kulisse.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "javax.xml..")
                .check(ALL);
    }

    private static ArchRule rule(String from, String to) {
        return noClasses().that().resideInAPackage("org.kulisse." + from + "..")
                .should().dependOnClassesThat().resideInAPackage("org.kulisse." + to + "..")
                .allowEmptyShould(true);
    }
}
