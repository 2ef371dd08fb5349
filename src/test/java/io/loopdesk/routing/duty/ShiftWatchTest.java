package io.loopdesk.routing.duty;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.RoutingFixture;
import io.loopdesk.routing.ShiftView;
import io.loopdesk.routing.Shifts;
import io.loopdesk.routing.TeamUncovered;
import io.loopdesk.routing.TeamView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Supervisors hear when a team is inside its service hours with nobody on duty, once per shift. */
@IntegrationTest
@RecordApplicationEvents
@Import(RoutingFixture.class)
class ShiftWatchTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 2026-11-23 10:30 in Shanghai. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T02:30:00Z");

    @Autowired
    RoutingFixture routing;

    @Autowired
    Shifts shifts;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    BackgroundWork background;

    @Autowired
    Notifications notifications;

    Instant before;

    @BeforeEach
    void monday() {
        before = clock.instant();
        clock.set(MONDAY_MORNING);
    }

    @AfterEach
    void back() {
        clock.set(before);
    }

    @Test
    void aTeamWithoutAnyoneOnDutyInItsHoursIsReportedOnce() {
        RoutingFixture.Desk desk = routing.desk();
        TeamView team = desk.team("technical.network", null);
        Actor agent = desk.agent(team, Set.of(), null, false);
        ShiftView shift = shifts.add(
                desk.tenant.id(),
                new ShiftView(null, team.id(), DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0), SHANGHAI),
                desk.admin);

        assertThat(shifts.uncovered(desk.tenant.id())).containsOnlyKeys(team.id());
        shifts.watch();
        shifts.watch();
        assertThat(events.stream(TeamUncovered.class).filter(e -> e.teamId() == team.id()))
                .as("one warning per shift and day, however often the watch runs")
                .singleElement()
                .satisfies(e -> assertThat(e.shiftId()).isEqualTo(shift.id()));

        background.settle();
        assertThat(TenantScope.inTenant(desk.tenant.id(), () -> notifications.inbox(desk.supervisor.userId())))
                .as("the supervisor is told in the app, once")
                .filteredOn(n -> n.subject().contains("无人值班"))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains(team.name(), "10:30"));

        routing.presence.goOnDuty(agent);
        assertThat(shifts.uncovered(desk.tenant.id())).isEmpty();
    }

    @Test
    void outsideItsHoursNobodyNeedsToBeOnDuty() {
        RoutingFixture.Desk desk = routing.desk();
        TeamView team = desk.team("technical.server", null);
        desk.agent(team, Set.of(), null, false);
        shifts.add(
                desk.tenant.id(),
                new ShiftView(null, team.id(), DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(22, 0), SHANGHAI),
                desk.admin);
        shifts.add(
                desk.tenant.id(),
                new ShiftView(null, team.id(), DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(18, 0), SHANGHAI),
                desk.admin);

        assertThat(shifts.uncovered(desk.tenant.id())).isEmpty();
    }
}
