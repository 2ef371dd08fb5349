package io.loopdesk.reporting.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The export package stays pure, so any module can hand it values without a dependency cycle. */
@AnalyzeClasses(packages = "io.loopdesk.reporting.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportPackageTest {

    @ArchTest
    static final ArchRule dependsOnNoOtherPartOfLoopdeskNorOnSpring = classes()
            .that()
            .resideInAPackage("io.loopdesk.reporting.export..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "io.loopdesk.reporting.export..",
                    "java..",
                    "javax.xml..",
                    "org.openpdf..",
                    "org.jfree..",
                    "org.dhatim.fastexcel..",
                    "org.apache.commons.csv..",
                    "org.jspecify..")
            .because("the export package turns values into bytes and knows no ticket, tenant or bean");
}
