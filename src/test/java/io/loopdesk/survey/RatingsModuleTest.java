package io.loopdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestDatabaseInitializer;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey module on its own (Spring Modulith's module test: only its beans, the ticket module mocked): a rating is
 * stored, recorded on the ticket and published as {@link TicketRated}; a refused one publishes nothing.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
@ApplicationModuleTest(extraIncludes = "shared")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestClock.Configuration.class)
class RatingsModuleTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    Ratings ratings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @MockitoBean
    TicketQueries queries;

    @MockitoBean
    Tickets tickets;

    /** The survey page names the tenant; the customer notices read accounts and send through the outbox. */
    @MockitoBean
    io.loopdesk.tenant.Tenants tenants;

    @MockitoBean
    io.loopdesk.identity.UserAccounts users;

    @MockitoBean
    io.loopdesk.notification.Notifications notifications;

    @MockitoBean
    io.loopdesk.notification.TenantWebhooks webhooks;

    @MockitoBean
    io.loopdesk.notification.CustomerReach customerReach;

    /** The shared module's page formats read the reader's zone from the tenant module. */
    @MockitoBean
    io.loopdesk.shared.web.ReaderZone readerZone;

    Actor customer;

    /** A customer of a tenant of this test: only the tenant's row, the module's one reference outside itself. */
    @BeforeEach
    void aCustomer() {
        long tenant = 2_000_000_000L + SEQUENCE.incrementAndGet() * 1000L + System.nanoTime() % 1000;
        jdbc.sql("insert into tenant (id, code, name, plan, time_zone, default_locale, created_at)"
                        + " values (?, ?, ?, 'ENTERPRISE', 'Asia/Shanghai', 'zh-CN', ?)")
                .params(tenant, "survey-" + tenant, "Survey " + tenant, java.sql.Timestamp.from(Instant.now()))
                .update();
        customer = new Actor(11L, tenant, "customer", "张伟", Set.of(Role.CUSTOMER));
    }

    @Test
    void aSolvedTicketsRatingIsStoredRecordedOnTheTicketAndPublished(Scenario scenario) {
        String number = ticket(TicketStatus.RESOLVED);
        Scores scores = Scores.ofDimensions(5, 4, 4, 5, "师傅上门很及时");

        // not in the scenario's own transaction: the rating opens its session in the customer's tenant
        scenario.stimulate(transactions -> ratings.rate(number, scores, customer))
                .andWaitForEventOfType(TicketRated.class)
                .matching(rated -> rated.ticketNumber().equals(number))
                .toArriveAndVerify((rated, view) -> {
                    assertThat(rated.scores()).isEqualTo(scores);
                    assertThat(view.scores()).isEqualTo(scores);
                });
        verify(tickets).recordRating(eq(number), any(), eq(customer));
        assertThat(ratings.of(number, customer))
                .hasValueSatisfying(r -> assertThat(r.customerId()).isEqualTo(customer.userId()));
    }

    @Test
    void anUnsolvedTicketIsNotRatedAndNothingIsRecorded() {
        String number = ticket(TicketStatus.IN_PROGRESS);

        assertThatThrownBy(() -> ratings.rate(number, Scores.ofDimensions(5, 5, 5, 5, null), customer))
                .isInstanceOf(DomainException.class)
                .hasMessage("A ticket is rated once it is solved.");
        verify(tickets, never()).recordRating(any(), any(), any());
        assertThat(ratings.of(number, customer)).isEmpty();
    }

    @Test
    void aRatingTheDatabaseRefusesForAnotherReasonIsNotReportedAsRatedAlready() {
        String number = ticket(TicketStatus.RESOLVED);
        // a caller's own transaction opened its session outside the customer's tenant: the row is refused for that
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(
                                status -> ratings.rate(number, Scores.ofDimensions(4, 4, 4, 4, null), customer)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("tenant id");
        assertThat(ratings.of(number, customer)).isEmpty();
    }

    /** A ticket of the customer in {@code status}, as the ticket module would show it. */
    private String ticket(TicketStatus status) {
        String number = "261204-" + String.format("%06d", 900_000 + SEQUENCE.incrementAndGet())
                + Long.toString(System.nanoTime() % 1000);
        Instant now = Instant.now();
        TicketView view = new TicketView(
                number,
                customer.tenantId(),
                Channel.WEB,
                status,
                Urgency.NORMAL,
                FeedbackType.values()[0],
                "consultation",
                "上海某某科技有限公司",
                "张伟",
                "13812341234",
                "智能门锁 X2",
                "门锁离线",
                "门锁从昨天开始离线",
                null,
                "13812341234",
                new Device(null, null, null),
                null,
                new RelatedLinks(null, null, null),
                customer.userId(),
                customer.userId(),
                null,
                null,
                now,
                now,
                now,
                null,
                now,
                null,
                now,
                0,
                false,
                TicketPriority.NORMAL,
                null,
                "zh-CN",
                null);
        when(queries.get(eq(number), any())).thenReturn(view);
        return number;
    }
}
