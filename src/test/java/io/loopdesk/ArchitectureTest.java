package io.loopdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules of STYLE.md that the module check does not cover. */
@AnalyzeClasses(packages = "io.loopdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain of a module, in every subpackage, knows nothing of HTTP or pages; its {@code web} packages do. */
    @ArchTest
    static final ArchRule domainIsFreeOfWebTypes = noClasses()
            .that()
            .resideInAPackage("io.loopdesk..")
            .and()
            .resideOutsideOfPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta.servlet..", "org.springframework.web..", "org.thymeleaf..", "org.springframework.http..")
            .because("controllers and templates are thin layers over a domain that does not know HTTP");

    @ArchTest
    static final ArchRule noUtilsGrabBags = noClasses()
            .should()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .because("behaviour belongs to the type it is about");

    @ArchTest
    static final ArchRule noFieldInjection = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("dependencies are constructor parameters");
}
