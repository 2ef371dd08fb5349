package io.loopdesk.sla.clock;

import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static io.loopdesk.sla.calendar.CalendarFixture.shanghai;
import static io.loopdesk.ticket.value.TicketStatus.AWAITING_CONFIRMATION;
import static io.loopdesk.ticket.value.TicketStatus.CLOSED;
import static io.loopdesk.ticket.value.TicketStatus.IN_PROGRESS;
import static io.loopdesk.ticket.value.TicketStatus.NEW;
import static io.loopdesk.ticket.value.TicketStatus.WAITING_CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketTrail;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.WeeklyHours;
import io.loopdesk.sla.policy.SlaSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Clocks replayed from a ticket's trail on a 5×8 desk (09:00–18:00, nine working hours a day). 2026-11-23 is a
 * Monday.
 */
class ClockReplayTest {

    private static final BusinessCalendar DESK = new BusinessCalendar(SHANGHAI, WeeklyHours.fiveByEight());
    private static final SlaSettings.ClockRules PAUSING = new SlaSettings.ClockRules(true, 75);
    private static final Map<SlaTarget, Budget> BUDGETS = Map.of(
            SlaTarget.FIRST_RESPONSE, new Budget(Duration.ofHours(4), TimeBasis.BUSINESS),
            SlaTarget.NEXT_RESPONSE, new Budget(Duration.ofHours(4), TimeBasis.BUSINESS),
            SlaTarget.RESOLUTION, new Budget(Duration.ofHours(8), TimeBasis.BUSINESS));

    @Test
    void aStaffReplyMeetsTheFirstResponse() {
        ClockState first = replay(PAUSING, new TicketTrail.StaffReplied(shanghai("2026-11-23T11:00")))
                .get(SlaTarget.FIRST_RESPONSE);

        assertThat(first.phase()).isEqualTo(ClockState.Phase.STOPPED);
        assertThat(first.spent()).isEqualTo(Duration.ofHours(2));
        assertThat(first.dueAt()).isEqualTo(shanghai("2026-11-23T13:00"));
        assertThat(first.metLate()).isFalse();
    }

    @Test
    void aRunningClockIsDueAtItsBudgetAndWarnsAtThreeQuarters() {
        ClockState first = replay(PAUSING).get(SlaTarget.FIRST_RESPONSE);

        assertThat(first.phase()).isEqualTo(ClockState.Phase.RUNNING);
        assertThat(first.dueAt()).isEqualTo(shanghai("2026-11-23T13:00"));
        assertThat(first.warnAt()).isEqualTo(shanghai("2026-11-23T12:00"));
        assertThat(replay(PAUSING).get(SlaTarget.RESOLUTION).dueAt()).isEqualTo(shanghai("2026-11-23T17:00"));
    }

    @Test
    void waitingForTheCustomerPausesAndTheDueTimeIsRecomputedFromTheTimeActuallySpent() {
        Map<SlaTarget, ClockState> paused = replay(
                PAUSING,
                new TicketTrail.StaffReplied(shanghai("2026-11-23T10:00")),
                new TicketTrail.StatusChanged(shanghai("2026-11-23T12:00"), IN_PROGRESS, WAITING_CUSTOMER));

        ClockState resolution = paused.get(SlaTarget.RESOLUTION);
        assertThat(resolution.phase()).isEqualTo(ClockState.Phase.PAUSED);
        assertThat(resolution.spent()).isEqualTo(Duration.ofHours(3));
        assertThat(resolution.dueAt()).isNull();

        // back two days later at 17:00: 5 h left, so 1 h on Wednesday and 4 h on Thursday
        ClockState resumed = replay(
                        PAUSING,
                        new TicketTrail.StaffReplied(shanghai("2026-11-23T10:00")),
                        new TicketTrail.StatusChanged(shanghai("2026-11-23T12:00"), IN_PROGRESS, WAITING_CUSTOMER),
                        new TicketTrail.StatusChanged(shanghai("2026-11-25T17:00"), WAITING_CUSTOMER, IN_PROGRESS))
                .get(SlaTarget.RESOLUTION);
        assertThat(resumed.phase()).isEqualTo(ClockState.Phase.RUNNING);
        assertThat(resumed.dueAt()).isEqualTo(shanghai("2026-11-26T13:00"));
        assertThat(resumed.dueAt()).isAfter(shanghai("2026-11-25T17:00"));
    }

    @Test
    void aTicketBackFromAWeekOfWaitingIsNotOverdueAtOnce() {
        ClockState resumed = replay(
                        PAUSING,
                        new TicketTrail.StatusChanged(shanghai("2026-11-23T16:30"), NEW, WAITING_CUSTOMER),
                        new TicketTrail.StatusChanged(shanghai("2026-12-01T09:00"), WAITING_CUSTOMER, IN_PROGRESS))
                .get(SlaTarget.RESOLUTION);

        // 7.5 working hours were spent; 30 minutes are left after the customer's answer
        assertThat(resumed.dueAt()).isEqualTo(shanghai("2026-12-01T09:30"));
    }

    @Test
    void withoutPausingWaitingCountsToo() {
        SlaSettings.ClockRules running = new SlaSettings.ClockRules(false, 75);

        ClockState resolution = replay(
                        running, new TicketTrail.StatusChanged(shanghai("2026-11-23T12:00"), NEW, WAITING_CUSTOMER))
                .get(SlaTarget.RESOLUTION);

        assertThat(resolution.phase()).isEqualTo(ClockState.Phase.RUNNING);
        assertThat(resolution.dueAt()).isEqualTo(shanghai("2026-11-23T17:00"));
    }

    @Test
    void everyCustomerMessageAfterTheFirstResponseStartsTheNextResponseUnlessItRuns() {
        Map<SlaTarget, ClockState> states = replay(
                PAUSING,
                new TicketTrail.StaffReplied(shanghai("2026-11-23T09:30")),
                new TicketTrail.CustomerWrote(shanghai("2026-11-23T10:00")),
                new TicketTrail.CustomerWrote(shanghai("2026-11-23T11:00")));

        ClockState next = states.get(SlaTarget.NEXT_RESPONSE);
        assertThat(next.cycle()).isEqualTo(1);
        assertThat(next.dueAt()).isEqualTo(shanghai("2026-11-23T14:00"));

        ClockState second = replay(
                        PAUSING,
                        new TicketTrail.StaffReplied(shanghai("2026-11-23T09:30")),
                        new TicketTrail.CustomerWrote(shanghai("2026-11-23T10:00")),
                        new TicketTrail.StaffReplied(shanghai("2026-11-23T10:30")),
                        new TicketTrail.CustomerWrote(shanghai("2026-11-23T17:00")))
                .get(SlaTarget.NEXT_RESPONSE);
        assertThat(second.cycle()).isEqualTo(2);
        assertThat(second.dueAt()).isEqualTo(shanghai("2026-11-24T12:00"));
    }

    @Test
    void theCustomersFirstWordsAreCoveredByTheFirstResponse() {
        assertThat(replay(PAUSING, new TicketTrail.CustomerWrote(shanghai("2026-11-23T09:10"))))
                .doesNotContainKey(SlaTarget.NEXT_RESPONSE);
    }

    @Test
    void solvingStopsResolutionAndReopeningStartsItsSecondCycleWithTheTimeItHadSpent() {
        ClockState reopened = replay(
                        PAUSING,
                        new TicketTrail.StatusChanged(shanghai("2026-11-23T11:00"), NEW, AWAITING_CONFIRMATION),
                        new TicketTrail.StatusChanged(shanghai("2026-11-24T09:00"), AWAITING_CONFIRMATION, IN_PROGRESS))
                .get(SlaTarget.RESOLUTION);

        assertThat(reopened.phase()).isEqualTo(ClockState.Phase.RUNNING);
        assertThat(reopened.cycle()).isEqualTo(2);
        assertThat(reopened.spent()).isEqualTo(Duration.ofHours(2));
        assertThat(reopened.dueAt()).isEqualTo(shanghai("2026-11-24T15:00"));
    }

    @Test
    void everyCycleThatStoppedIsKeptInTimeOrLateEvenWhenTheNextOneRunsAlready() {
        ClockReplay.Replayed replayed = ClockReplay.of(
                BUDGETS,
                new TicketTrail(
                        shanghai("2026-11-23T09:00"),
                        List.of(
                                new TicketTrail.StaffReplied(shanghai("2026-11-23T10:00")),
                                new TicketTrail.CustomerWrote(shanghai("2026-11-23T10:30")),
                                new TicketTrail.StaffReplied(shanghai("2026-11-23T16:00")),
                                new TicketTrail.CustomerWrote(shanghai("2026-11-23T16:30")),
                                new TicketTrail.StaffReplied(shanghai("2026-11-23T17:00")),
                                new TicketTrail.CustomerWrote(shanghai("2026-11-23T17:30")))),
                DESK,
                PAUSING);

        assertThat(replayed.stopsOf(SlaTarget.FIRST_RESPONSE))
                .containsExactly(new ClockReplay.Stop(
                        SlaTarget.FIRST_RESPONSE,
                        1,
                        shanghai("2026-11-23T13:00"),
                        shanghai("2026-11-23T10:00"),
                        false));
        // the first next response was answered 30 minutes late, the second in time; the third runs
        assertThat(replayed.stopsOf(SlaTarget.NEXT_RESPONSE))
                .containsExactly(
                        new ClockReplay.Stop(
                                SlaTarget.NEXT_RESPONSE,
                                1,
                                shanghai("2026-11-23T14:30"),
                                shanghai("2026-11-23T16:00"),
                                true),
                        new ClockReplay.Stop(
                                SlaTarget.NEXT_RESPONSE,
                                2,
                                shanghai("2026-11-24T11:30"),
                                shanghai("2026-11-23T17:00"),
                                false));
        assertThat(replayed.states().get(SlaTarget.NEXT_RESPONSE).cycle()).isEqualTo(3);
    }

    @Test
    void aReopenedResolutionStopsOncePerCycleAndACycleStoppedWhilePausedKeepsTheDueTimeItHad() {
        List<ClockReplay.Stop> stops = ClockReplay.of(
                        BUDGETS,
                        new TicketTrail(
                                shanghai("2026-11-23T09:00"),
                                List.of(
                                        new TicketTrail.StatusChanged(
                                                shanghai("2026-11-23T11:00"), NEW, AWAITING_CONFIRMATION),
                                        new TicketTrail.StatusChanged(
                                                shanghai("2026-11-24T09:00"), AWAITING_CONFIRMATION, IN_PROGRESS),
                                        new TicketTrail.StatusChanged(
                                                shanghai("2026-11-24T10:00"), IN_PROGRESS, WAITING_CUSTOMER),
                                        new TicketTrail.StatusChanged(
                                                shanghai("2026-11-25T10:00"), WAITING_CUSTOMER, CLOSED))),
                        DESK,
                        PAUSING)
                .stopsOf(SlaTarget.RESOLUTION);

        assertThat(stops)
                .containsExactly(
                        new ClockReplay.Stop(
                                SlaTarget.RESOLUTION,
                                1,
                                shanghai("2026-11-23T17:00"),
                                shanghai("2026-11-23T11:00"),
                                false),
                        // 2 h before the reopening, 1 h after it: paused at 10:00 with 5 h left, due at 15:00
                        new ClockReplay.Stop(
                                SlaTarget.RESOLUTION,
                                2,
                                shanghai("2026-11-24T15:00"),
                                shanghai("2026-11-25T10:00"),
                                false));
    }

    @Test
    void closingStopsEverythingForGoodAndALateStopIsAMissedTarget() {
        Map<SlaTarget, ClockState> closed = replay(
                PAUSING,
                new TicketTrail.StatusChanged(shanghai("2026-11-24T10:00"), NEW, CLOSED),
                new TicketTrail.CustomerWrote(shanghai("2026-11-24T11:00")));

        assertThat(closed.values()).allMatch(s -> s.phase() == ClockState.Phase.STOPPED);
        assertThat(closed.get(SlaTarget.FIRST_RESPONSE).metLate()).isTrue();
        assertThat(closed.get(SlaTarget.RESOLUTION).metLate()).isTrue();
    }

    @Test
    void theResultNoticeRunsFromTheSolvingUntilTheCustomerIsToldInCalendarTime() {
        Map<SlaTarget, Budget> budgets = Map.of(
                SlaTarget.RESOLUTION, new Budget(Duration.ofHours(8), TimeBasis.BUSINESS),
                SlaTarget.RESULT_NOTICE, new Budget(Duration.ofHours(24), TimeBasis.CALENDAR));
        TicketTrail.StatusChanged solved =
                new TicketTrail.StatusChanged(shanghai("2026-11-23T17:00"), IN_PROGRESS, AWAITING_CONFIRMATION);

        ClockReplay.Replayed waiting =
                ClockReplay.of(budgets, new TicketTrail(shanghai("2026-11-23T09:00"), List.of(solved)), DESK, PAUSING);
        ClockState running = waiting.states().get(SlaTarget.RESULT_NOTICE);
        assertThat(running.phase()).isEqualTo(ClockState.Phase.RUNNING);
        assertThat(running.dueAt()).isEqualTo(shanghai("2026-11-24T17:00")); // a day, nights included
        assertThat(waiting.stopsOf(SlaTarget.RESOLUTION)).hasSize(1);

        // told the next morning: met; told two days later: missed
        assertThat(ClockReplay.of(
                                budgets,
                                new TicketTrail(
                                        shanghai("2026-11-23T09:00"),
                                        List.of(solved, new TicketTrail.ResultNotified(shanghai("2026-11-24T08:00")))),
                                DESK,
                                PAUSING)
                        .stopsOf(SlaTarget.RESULT_NOTICE))
                .singleElement()
                .satisfies(stop -> assertThat(stop.late()).isFalse());
        assertThat(ClockReplay.of(
                                budgets,
                                new TicketTrail(
                                        shanghai("2026-11-23T09:00"),
                                        List.of(solved, new TicketTrail.ResultNotified(shanghai("2026-11-25T17:00")))),
                                DESK,
                                PAUSING)
                        .stopsOf(SlaTarget.RESULT_NOTICE))
                .singleElement()
                .satisfies(stop -> assertThat(stop.late()).isTrue());
    }

    @Test
    void aResultNoOneCanBeToldOrAReopeningBeforeTheNoticeEndsTheCycleWithoutAnOutcome() {
        Map<SlaTarget, Budget> budgets =
                Map.of(SlaTarget.RESULT_NOTICE, new Budget(Duration.ofHours(24), TimeBasis.CALENDAR));
        TicketTrail.StatusChanged solved =
                new TicketTrail.StatusChanged(shanghai("2026-11-23T17:00"), IN_PROGRESS, AWAITING_CONFIRMATION);

        ClockReplay.Replayed unreachable = ClockReplay.of(
                budgets,
                new TicketTrail(
                        shanghai("2026-11-23T09:00"),
                        List.of(solved, new TicketTrail.ResultUnreachable(shanghai("2026-11-23T17:00")))),
                DESK,
                PAUSING);
        assertThat(unreachable.states().get(SlaTarget.RESULT_NOTICE).phase()).isEqualTo(ClockState.Phase.STOPPED);
        assertThat(unreachable.stopsOf(SlaTarget.RESULT_NOTICE)).isEmpty();

        // reopened, solved again, then told: the second cycle is the one measured
        ClockReplay.Replayed again = ClockReplay.of(
                budgets,
                new TicketTrail(
                        shanghai("2026-11-23T09:00"),
                        List.of(
                                solved,
                                new TicketTrail.StatusChanged(
                                        shanghai("2026-11-23T17:10"), AWAITING_CONFIRMATION, IN_PROGRESS),
                                new TicketTrail.StatusChanged(
                                        shanghai("2026-11-24T10:00"), IN_PROGRESS, AWAITING_CONFIRMATION),
                                new TicketTrail.ResultNotified(shanghai("2026-11-24T10:01")))),
                DESK,
                PAUSING);
        assertThat(again.stopsOf(SlaTarget.RESULT_NOTICE)).singleElement().satisfies(stop -> {
            assertThat(stop.cycle()).isEqualTo(2);
            assertThat(stop.late()).isFalse();
        });
    }

    private static Map<SlaTarget, ClockState> replay(SlaSettings.ClockRules rules, TicketTrail.Event... events) {
        return ClockReplay.replay(BUDGETS, new TicketTrail(shanghai("2026-11-23T09:00"), List.of(events)), DESK, rules);
    }
}
