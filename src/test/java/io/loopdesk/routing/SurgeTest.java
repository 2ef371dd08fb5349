package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.incident.IncidentStatus;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.PublishedEvents;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

/**
 * A category or product whose volume runs far above its own baseline: the radar proposes one incident with the
 * surge's tickets, every supervisor of the tenant hears it once in the app and once by e-mail, and the wall reads
 * it; a volume the baseline explains, or another tenant's tickets, raise nothing.
 */
@IntegrationTest
@Import(RoutingFixture.class)
class SurgeTest {

    /** The similar-ticket half of the radar kept out of the way: these tests are about volumes. */
    private static final int NO_SIMILAR = 10_000;

    @Autowired
    RoutingFixture routing;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Incidents incidents;

    @Autowired
    Surges surges;

    @Autowired
    UserAccounts users;

    @Autowired
    Notifications notifications;

    @Autowired
    PublishedEvents published;

    @Autowired
    MessageSource messages;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    RoutingFixture.Desk desk;
    Instant start;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
        fixtures.staff(desk.tenant, Role.SUPERVISOR);
        desk.team("technical.network", null);
        rules(desk, SurgeRule.DEFAULT);
        start = clock.instant();
    }

    @Test
    void aBurstOverAQuietWeekProposesOneIncidentAndTellsEachSupervisorOnceInTheAppAndByEmail() throws Exception {
        List<String> burst = open(desk, 12, "technical.network", null);

        IncidentView proposal = proposals(desk).getFirst();
        assertThat(proposals(desk)).hasSize(1);
        assertThat(proposal.status()).isEqualTo(IncidentStatus.PROPOSED);
        assertThat(proposal.categoryCode()).isEqualTo("technical.network");
        assertThat(proposal.tickets()).hasSizeGreaterThanOrEqualTo(10).isSubsetOf(burst);

        // the subcategory's surge is raised, not its top level's again
        Surge surge = surges.recent(desk.tenant.id(), start).getFirst();
        assertThat(surges.recent(desk.tenant.id(), start)).hasSize(1);
        assertThat(surge.kind()).isEqualTo(SurgeKind.CATEGORY);
        assertThat(surge.key()).isEqualTo("technical.network");
        assertThat(surge.windowMinutes()).isEqualTo(60);
        assertThat(surge.countInWindow()).isEqualTo(10);
        assertThat(surge.baseline()).isZero();
        assertThat(surge.incidentId()).isEqualTo(proposal.id());
        assertThat(said(surge, Locale.SIMPLIFIED_CHINESE)).isEqualTo("类别「类technical.network」过去 60 分钟 10 单，平常约 0 单");
        assertThat(said(surge, Locale.ENGLISH))
                .isEqualTo("Category “Cat technical.network”: 10 tickets in the last 60 minutes, usually about 0");
        assertThat(published.of(SurgeDetected.class).stream().filter(e -> e.tenantId() == desk.tenant.id()))
                .containsExactly(new SurgeDetected(desk.tenant.id(), surge));

        List<UserView> supervisors = supervisors(desk);
        assertThat(supervisors).hasSize(2);
        for (UserView supervisor : supervisors) {
            assertThat(surgeNotices(desk, supervisor)).singleElement().satisfies(n -> {
                assertThat(n.subject()).isEqualTo("突发：类别「类technical.network」");
                assertThat(n.body()).contains("过去 60 分钟 10 单，平常约 0 单").contains(proposal.title());
            });
            assertThat(surgeMails(supervisor)).isEqualTo(1);
        }

        // the proposal's page says why, in the reader's language
        assertThat(fixtures.pages(supervisors.getFirst())
                        .get("/incidents/" + proposal.id())
                        .html()
                        .select("#incident-surges")
                        .text())
                .contains("Category “Cat technical.network”: 10 tickets in the last 60 minutes, usually about 0");
        // and the supervisors' live wall shows it, linked to the proposal
        assertThat(fixtures.pages(supervisors.getFirst())
                        .get("/reports/wall")
                        .html()
                        .select("#w-surges a[href=/incidents/" + proposal.id() + "]")
                        .text())
                .contains("Cat technical.network");

        // half an hour later a second burst: the same surge goes on, its tickets join the proposal, nobody is told
        background.advance(clock, Duration.ofMinutes(30));
        List<String> second = open(desk, 12, "technical.network", null);

        assertThat(proposals(desk)).hasSize(1);
        assertThat(proposals(desk).getFirst().tickets()).contains(second.getFirst());
        assertThat(surges.recent(desk.tenant.id(), start)).hasSize(1);
        assertThat(published.of(SurgeDetected.class).stream().filter(e -> e.tenantId() == desk.tenant.id()))
                .hasSize(1);
        for (UserView supervisor : supervisors) {
            assertThat(surgeNotices(desk, supervisor)).hasSize(1);
            assertThat(surgeMails(supervisor)).isEqualTo(1);
        }
    }

    @Test
    void theSameVolumeOverABaselineThatExplainsItIsNoSurge() {
        // a day's window over a week with 21 tickets: 3 a day usually, so 1.5 times that is 5 tickets
        rules(desk, new SurgeRule(1440, 1.5, 10_000));
        open(desk, 21, "technical.network", null);
        background.advance(clock, Duration.ofHours(25));
        rules(desk, new SurgeRule(1440, 1.5, 3));

        open(desk, 4, "technical.network", null);
        assertThat(proposals(desk)).isEmpty();
        assertThat(surges.recent(desk.tenant.id(), start)).isEmpty();
        assertThat(supervisors(desk))
                .allSatisfy(s -> assertThat(surgeNotices(desk, s)).isEmpty());

        open(desk, 1, "technical.network", null);
        assertThat(surges.recent(desk.tenant.id(), start)).singleElement().satisfies(surge -> {
            assertThat(surge.countInWindow()).isEqualTo(5);
            assertThat(surge.baseline()).isEqualTo(3.0);
        });
        assertThat(proposals(desk)).hasSize(1);
    }

    @Test
    void anotherTenantsTicketsNeverCount() {
        RoutingFixture.Desk elsewhere = routing.desk();
        elsewhere.team("technical.network", null);
        rules(elsewhere, SurgeRule.DEFAULT);

        open(desk, 6, "technical.network", null);
        List<String> theirs = open(elsewhere, 6, "technical.network", null);
        assertThat(proposals(desk)).isEmpty();
        assertThat(proposals(elsewhere)).isEmpty();

        List<String> more = open(elsewhere, 4, "technical.network", null);
        assertThat(proposals(desk)).isEmpty();
        assertThat(surges.recent(desk.tenant.id(), start)).isEmpty();
        assertThat(surges.recent(elsewhere.tenant.id(), start))
                .singleElement()
                .extracting(Surge::countInWindow)
                .isEqualTo(10L);
        List<String> all = new ArrayList<>(theirs);
        all.addAll(more);
        assertThat(proposals(elsewhere).getFirst().tickets()).hasSize(10).isSubsetOf(all);
        assertThat(supervisors(desk))
                .allSatisfy(s -> assertThat(surgeNotices(desk, s)).isEmpty());
    }

    @Test
    void aProductSurgeAcrossCategoriesProposesAnIncidentOfItsOwn() {
        rules(desk, new SurgeRule(60, 3.0, 5));
        desk.team("commercial.quality", null);
        List<String> surge = new ArrayList<>(open(desk, 3, "technical.network", "扫地机器人 S8"));
        surge.addAll(open(desk, 2, "commercial.quality", "扫地机器人 S8"));

        assertThat(surges.recent(desk.tenant.id(), start)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SurgeKind.PRODUCT);
            assertThat(s.key()).isEqualTo("扫地机器人 S8");
            assertThat(said(s, Locale.SIMPLIFIED_CHINESE)).isEqualTo("产品「扫地机器人 S8」过去 60 分钟 5 单，平常约 0 单");
        });
        IncidentView proposal = proposals(desk).getFirst();
        assertThat(proposal.categoryCode()).isNull();
        assertThat(proposal.tickets()).containsExactlyInAnyOrderElementsOf(surge);
    }

    /** Opens {@code count} tickets of different titles, one after another, and lets the radar look at each. */
    private List<String> open(RoutingFixture.Desk on, int count, String category, @Nullable String product) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(tickets.open(
                            on.tenant.id(),
                            Channel.APP,
                            Fixtures.validTicket()
                                    .category(category)
                                    .product(
                                            product == null
                                                    ? "型号 " + numbers.size() + "-" + System.nanoTime()
                                                    : product)
                                    .title("第 " + i + " 个问题："
                                            + List.of("登录", "闪退", "卡顿", "黑屏").get(i % 4))
                                    .build(),
                            on.supervisor)
                    .number());
            background.settle();
        }
        return numbers;
    }

    private void rules(RoutingFixture.Desk on, SurgeRule surge) {
        on.rules(new RoutingRules(0.6, 20, true, null, null, 30, NO_SIMILAR, surge));
    }

    private List<IncidentView> proposals(RoutingFixture.Desk on) {
        return incidents.all(on.supervisor).stream()
                .filter(i -> i.status() == IncidentStatus.PROPOSED)
                .toList();
    }

    private List<UserView> supervisors(RoutingFixture.Desk on) {
        return TenantScope.inTenant(on.tenant.id(), () -> users.withAnyRole(on.tenant.id(), Set.of(Role.SUPERVISOR)));
    }

    private List<NotificationView> surgeNotices(RoutingFixture.Desk on, UserView supervisor) {
        return TenantScope.inTenant(on.tenant.id(), () -> notifications.inbox(supervisor.id())).stream()
                .filter(n -> n.subject().startsWith("突发"))
                .toList();
    }

    private static long surgeMails(UserView supervisor) throws MessagingException {
        long count = 0;
        for (var mail : TestMail.to(supervisor.email())) {
            if (mail.getSubject().startsWith("突发")) {
                count++;
            }
        }
        return count;
    }

    private String said(Surge surge, Locale locale) {
        return surges.reason(desk.tenant.id(), surge).render(messages, locale);
    }
}
