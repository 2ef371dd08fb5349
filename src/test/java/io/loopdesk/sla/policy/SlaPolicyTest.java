package io.loopdesk.sla.policy;

import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static io.loopdesk.sla.calendar.CalendarFixture.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.SlaProperties;
import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketFacts;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.PublicHolidays;
import io.loopdesk.sla.calendar.WeeklyHours;
import io.loopdesk.tenant.Plan;
import io.loopdesk.ticket.value.Urgency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policies as functions of a ticket's facts and a fixed clock, on a 5×8 desk in Shanghai. 2026-11-23 is a
 * Monday, 11-27 a Friday.
 */
class SlaPolicyTest {

    private static final BusinessCalendar FIVE_BY_EIGHT = new BusinessCalendar(SHANGHAI, WeeklyHours.fiveByEight());

    private final DefaultSettings defaults = new DefaultSettings(new SlaProperties(
            PolicyName.STANDARD,
            75,
            true,
            new SlaProperties.AutoClose(2, 7, 3),
            new SlaProperties.Complaints(
                    3,
                    Duration.ofMinutes(10),
                    3,
                    Duration.ofDays(30),
                    true,
                    Duration.ofSeconds(2),
                    "classpath:sla/complaint-examples.txt"),
            "classpath:sla/complaint-words.txt",
            Duration.ofSeconds(30),
            Duration.ofSeconds(1),
            4,
            java.util.List.of(PublicHolidays.SHIPPED)));

    @Test
    void firstResponseFollowsThePlanInWorkingHours() {
        Clock monday10 = at("2026-11-23T10:00");

        assertThat(due(standard(Plan.FLAGSHIP), Plan.FLAGSHIP, Urgency.NORMAL, null, monday10))
                .containsEntry(SlaTarget.FIRST_RESPONSE, shanghai("2026-11-23T13:00"));
        assertThat(due(standard(Plan.ENTERPRISE), Plan.ENTERPRISE, Urgency.NORMAL, null, monday10))
                .containsEntry(SlaTarget.FIRST_RESPONSE, shanghai("2026-11-23T16:00"));
        // 8 of the 12 hours on Monday, the other 4 on Tuesday
        assertThat(due(standard(Plan.BASIC), Plan.BASIC, Urgency.NORMAL, null, monday10))
                .containsEntry(SlaTarget.FIRST_RESPONSE, shanghai("2026-11-24T13:00"));
    }

    @Test
    void aTechnicalTicketIsAnsweredWithinTwoHoursWhateverThePlan() {
        assertThat(due(standard(Plan.BASIC), Plan.BASIC, Urgency.NORMAL, "technical.network", at("2026-11-27T17:00")))
                .containsEntry(SlaTarget.FIRST_RESPONSE, shanghai("2026-11-30T10:00"));
    }

    @Test
    void resolutionFollowsTheUrgencyAndContentIsHandledWithinADay() {
        Clock monday9 = at("2026-11-23T09:00");
        SlaPolicy policy = standard(Plan.ENTERPRISE);

        // 09:00-18:00 is 9 working hours: 48 h are five whole days and 3 h of the next Monday
        assertThat(due(policy, Plan.ENTERPRISE, Urgency.NORMAL, null, monday9))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-30T12:00"));
        assertThat(due(policy, Plan.ENTERPRISE, Urgency.URGENT, null, monday9))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-25T15:00"));
        assertThat(due(policy, Plan.ENTERPRISE, Urgency.CRITICAL, null, monday9))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-23T17:00"));
        assertThat(due(policy, Plan.ENTERPRISE, Urgency.NORMAL, "content.vulgar", monday9))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-25T15:00"));
        assertThat(policy.targetsFor(new TicketFacts(Plan.ENTERPRISE, Urgency.NORMAL, null)))
                .doesNotContainKey(SlaTarget.EXPECTED_RESOLUTION);
    }

    @Test
    void theMarketplacePolicyAsksForFifteenMinutesThirtyMinutesAndFourHours() {
        Map<SlaTarget, Instant> due = due(marketplace(), Plan.ENTERPRISE, Urgency.NORMAL, null, at("2026-11-27T17:50"));

        // 10 minutes on Friday, the rest from Monday 09:00
        assertThat(due)
                .containsEntry(SlaTarget.FIRST_RESPONSE, shanghai("2026-11-30T09:05"))
                .containsEntry(SlaTarget.EXPECTED_RESOLUTION, shanghai("2026-11-30T09:20"))
                .containsEntry(SlaTarget.NEXT_RESPONSE, shanghai("2026-11-30T12:50"));
    }

    @Test
    void aBusinessStoppingTicketIsDueAtTheEndOfItsBusinessDay() {
        SlaPolicy policy = marketplace();

        assertThat(due(policy, Plan.ENTERPRISE, Urgency.CRITICAL, null, at("2026-11-23T10:30")))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-23T18:00"));
        // after hours on Friday: the whole of Monday
        assertThat(due(policy, Plan.ENTERPRISE, Urgency.CRITICAL, null, at("2026-11-27T19:00")))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-30T18:00"));
        assertThat(due(policy, Plan.ENTERPRISE, Urgency.URGENT, null, at("2026-11-23T10:30")))
                .containsEntry(SlaTarget.RESOLUTION, shanghai("2026-11-25T16:30"));
    }

    @Test
    void aTargetCanCountCalendarTime() {
        SlaSettings settings = defaults.forPlan(Plan.ENTERPRISE);
        SlaSettings calendarTime = new SlaSettings(
                PolicyName.MARKETPLACE,
                settings.standard(),
                settings.marketplace(),
                settings.resolution(),
                Map.of(SlaTarget.FIRST_RESPONSE, TimeBasis.CALENDAR),
                settings.clocks(),
                settings.autoClose(),
                settings.complaints());

        assertThat(due(SlaPolicy.of(calendarTime), Plan.ENTERPRISE, Urgency.NORMAL, null, at("2026-11-27T23:00")))
                .containsEntry(SlaTarget.FIRST_RESPONSE, shanghai("2026-11-27T23:15"))
                .containsEntry(SlaTarget.EXPECTED_RESOLUTION, shanghai("2026-11-30T09:30"));
    }

    @Test
    void settingsWithNegativeDurationsOrSharesOutOfRangeAreRefused() {
        SlaSettings good = defaults.forPlan(Plan.ENTERPRISE);
        SlaSettings bad = new SlaSettings(
                PolicyName.STANDARD,
                new SlaSettings.StandardTerms(
                        Duration.ofHours(-2), Duration.ZERO, Duration.ofHours(24), Duration.ofDays(400)),
                good.marketplace(),
                good.resolution(),
                Map.of(),
                new SlaSettings.ClockRules(true, 100),
                new SlaSettings.AutoCloseTerms(7, 7, 0),
                good.complaints());

        assertThat(good.problems()).isEmpty();
        assertThat(bad.problems())
                .extracting(FieldProblem::field)
                .containsExactly(
                        "standard.firstResponse",
                        "standard.technicalFirstResponse",
                        "standard.nextResponse",
                        "clocks.warnAtPercent",
                        "autoClose.closeAfter",
                        "autoClose.remindAfter");
    }

    private SlaPolicy standard(Plan plan) {
        return SlaPolicy.of(defaults.forPlan(plan));
    }

    private SlaPolicy marketplace() {
        SlaSettings settings = defaults.forPlan(Plan.ENTERPRISE);
        return new MarketplacePolicy(settings.marketplace(), settings.resolution(), settings.bases());
    }

    private static Map<SlaTarget, Instant> due(
            SlaPolicy policy, Plan plan, Urgency urgency, String category, Clock clock) {
        return policy.dueTimes(new TicketFacts(plan, urgency, category), FIVE_BY_EIGHT, clock);
    }

    private static Clock at(String shanghaiTime) {
        return Clock.fixed(shanghai(shanghaiTime), SHANGHAI);
    }
}
