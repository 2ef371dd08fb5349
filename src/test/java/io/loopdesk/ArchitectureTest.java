package io.loopdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.loopdesk.shared.TenantScope;
import java.util.Set;
import java.util.function.Supplier;

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

    /**
     * Work sees one tenant, or nothing: these are the only jobs that must look across tenants, each because it
     * cannot know the tenant before it looks (signing in, checking a token or app key, seeding the demo) or because
     * it serves every tenant in one round (mail polling and IDLE watching, the assignment sweep, the shift watch,
     * notification retries, the holiday warning, the knowledge base's review reminders). Anything else names its tenant with {@code TenantScope.inTenant}.
     */
    private static final Set<String> CROSSING_TENANTS = Set.of(
            "io.loopdesk.identity.AccountDetailsService",
            "io.loopdesk.identity.ApiTokens",
            "io.loopdesk.intake.feedback.FeedbackApps",
            "io.loopdesk.demo.DemoData",
            "io.loopdesk.routing.Presence",
            "io.loopdesk.routing.Shifts",
            "io.loopdesk.routing.TicketRouting",
            "io.loopdesk.routing.MeaningReview",
            "io.loopdesk.sla.complaint.ComplaintQueue",
            "io.loopdesk.notification.DeliveryTimer",
            "io.loopdesk.sla.calendar.HolidayWarnings",
            "io.loopdesk.knowledge.ReviewCycle",
            "io.loopdesk.intake.mail.reading.MailPolling",
            "io.loopdesk.intake.mail.reading.MailboxWatchers",
            "io.loopdesk.intake.mail.reading.ReadingLeases",
            "io.loopdesk.automation.TimedRules");

    @ArchTest
    static final ArchRule onlyNamedJobsCrossTenants = noClasses()
            .that()
            .doNotHaveFullyQualifiedName(TenantScope.class.getName())
            .and(DescribedPredicate.describe(
                    "are not allowed to",
                    c -> !CROSSING_TENANTS.contains(c.getName().split("\\$")[0])))
            .should()
            .callMethod(TenantScope.class, "asSystem", Supplier.class)
            .orShould()
            .callMethod(TenantScope.class, "asSystem", Runnable.class)
            .because(
                    "TenantScope promises that unscoped work sees nothing; crossing tenants is named, never a default");

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
