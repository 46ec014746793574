package org.kulisse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
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
    void onlyTheJsonLayerUsesJackson() {
        noClasses().that().resideOutsideOfPackages("org.kulisse.core.internal..", "org.kulisse.core.json..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..")
                .because("Jackson is an implementation detail of the JSON layer")
                .check(CORE);
    }

    @Test
    void publicSignaturesDoNotExposeJackson() {
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("org.kulisse.core.internal..")
                .should(new ArchCondition<JavaCodeUnit>("not have Jackson types in their signature") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                        types.add(unit.getRawReturnType());
                        for (JavaClass type : types) {
                            if (type.getPackageName().startsWith("tools.jackson")) {
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes "
                                        + type.getName()));
                            }
                        }
                    }
                })
                .check(CORE);
    }
}
