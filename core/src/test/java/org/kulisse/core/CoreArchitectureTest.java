package org.kulisse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core stays small: no RDF, no XML (design.md §1). */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kulisse.core");

    @Test
    void coreUsesNoJena() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.jena..").check(CORE);
    }

    @Test
    void coreUsesNoXml() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.w3c.dom..", "org.xml.sax..")
                .check(CORE);
    }

    @Test
    void publicApiDoesNotLeakJackson() {
        noClasses().that().resideOutsideOfPackage("org.kulisse.core.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..")
                .because("Jackson is an implementation detail of the JSON codec")
                .check(CORE);
    }
}
