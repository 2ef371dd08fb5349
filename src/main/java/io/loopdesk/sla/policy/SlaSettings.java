package io.loopdesk.sla.policy;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TimeBasis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's SLA settings: the chosen policy with its numbers, how clocks behave, the auto-close chain and the
 * complaint thresholds. Build one, then {@link #problems()} lists everything wrong with it.
 *
 * @param bases per target, whether it counts business or calendar time; a missing target counts business time, but
 *     the result notice calendar time
 */
public record SlaSettings(
        PolicyName policy,
        StandardTerms standard,
        MarketplaceTerms marketplace,
        ResolutionTerms resolution,
        Map<SlaTarget, TimeBasis> bases,
        ClockRules clocks,
        AutoCloseTerms autoClose,
        ComplaintTerms complaints) {

    public SlaSettings {
        if (bases == null) {
            bases = Map.of();
        }
        EnumMap<SlaTarget, TimeBasis> all = new EnumMap<>(SlaTarget.class);
        for (SlaTarget target : SlaTarget.values()) {
            // "within 24 h of solving" is a promise in hours of the day, whatever the desk's hours
            all.put(
                    target,
                    bases.getOrDefault(
                            target, target == SlaTarget.RESULT_NOTICE ? TimeBasis.CALENDAR : TimeBasis.BUSINESS));
        }
        bases = Map.copyOf(all);
    }

    /**
     * The STANDARD policy's numbers.
     *
     * @param firstResponse the plan's promise (flagship 3 h, enterprise 6 h, basic 12 h)
     * @param technicalFirstResponse for technical tickets, when shorter (seed 002: 2 h)
     * @param contentResolution for content tickets, when shorter (seed 002: handled within 24 h)
     * @param nextResponse after each customer message; {@code null} to not measure it
     */
    public record StandardTerms(
            Duration firstResponse,
            Duration technicalFirstResponse,
            Duration contentResolution,
            @Nullable Duration nextResponse) {}

    /**
     * The MARKETPLACE policy's numbers (seed 003).
     *
     * @param criticalSameBusinessDay whether critical (business-stopping) tickets are due at the end of the business
     *     day they arrive in, instead of by their urgency's resolution time
     */
    public record MarketplaceTerms(
            Duration firstResponse,
            Duration expectedResolution,
            Duration nextResponse,
            boolean criticalSameBusinessDay) {}

    /**
     * Resolution by urgency (seed 001: 48 / 24 / 8 h), and how soon after solving the customer is told the result
     * (seed 002: 24 h; taken when a settings document leaves it out).
     */
    public record ResolutionTerms(Duration normal, Duration urgent, Duration critical, Duration resultNotice) {

        public static final Duration DEFAULT_RESULT_NOTICE = Duration.ofHours(24);

        public ResolutionTerms {
            if (resultNotice == null) {
                resultNotice = DEFAULT_RESULT_NOTICE;
            }
        }
    }

    /**
     * How clocks run.
     *
     * @param pauseWhileWaiting whether clocks stop while the ticket waits for the customer
     * @param warnAtPercent the share of a target after which the assignee is warned, 1–99
     */
    public record ClockRules(boolean pauseWhileWaiting, int warnAtPercent) {}

    /**
     * The auto-close chain of a ticket waiting for the customer (seed 003), in working days of the tenant calendar.
     *
     * @param remindAfter the working day on which the customer is reminded by e-mail and SMS (2)
     * @param awaitConfirmationAfter the working day on which the ticket goes to awaiting confirmation (7)
     * @param closeAfter working days after that until it is resolved and closed (3)
     */
    public record AutoCloseTerms(int remindAfter, int awaitConfirmationAfter, int closeAfter) {}

    /**
     * When complaint tendencies are flagged.
     *
     * @param burstMessages this many customer messages on a ticket…
     * @param burstWindow …within this time flag it
     * @param repeatedTickets this many similar tickets of one customer (this one included)…
     * @param repeatWindow …opened within this time flag it
     */
    public record ComplaintTerms(int burstMessages, Duration burstWindow, int repeatedTickets, Duration repeatWindow) {}

    /** Every problem with these settings, empty when they can be saved. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (policy == null
                || standard == null
                || marketplace == null
                || resolution == null
                || clocks == null
                || autoClose == null
                || complaints == null) {
            problems.add(new FieldProblem(
                    "settings",
                    "sla.settings.incomplete",
                    "Give the whole settings document (policy, standard, marketplace, resolution, bases, clocks,"
                            + " autoClose, complaints), as GET returns it."));
            return problems;
        }
        positive(problems, "standard.firstResponse", standard.firstResponse());
        positive(problems, "standard.technicalFirstResponse", standard.technicalFirstResponse());
        positive(problems, "standard.contentResolution", standard.contentResolution());
        if (standard.nextResponse() != null) {
            positive(problems, "standard.nextResponse", standard.nextResponse());
        }
        positive(problems, "marketplace.firstResponse", marketplace.firstResponse());
        positive(problems, "marketplace.expectedResolution", marketplace.expectedResolution());
        positive(problems, "marketplace.nextResponse", marketplace.nextResponse());
        positive(problems, "resolution.normal", resolution.normal());
        positive(problems, "resolution.urgent", resolution.urgent());
        positive(problems, "resolution.critical", resolution.critical());
        positive(problems, "resolution.resultNotice", resolution.resultNotice());
        range(problems, "clocks.warnAtPercent", clocks.warnAtPercent(), 1, 99);
        range(problems, "autoClose.remindAfter", autoClose.remindAfter(), 1, 60);
        range(problems, "autoClose.awaitConfirmationAfter", autoClose.awaitConfirmationAfter(), 1, 60);
        range(problems, "autoClose.closeAfter", autoClose.closeAfter(), 1, 60);
        if (autoClose.remindAfter() >= autoClose.awaitConfirmationAfter()) {
            problems.add(new FieldProblem(
                    "autoClose.remindAfter",
                    "sla.settings.reminderAfterConfirmation",
                    "The reminder must come before the ticket goes to awaiting confirmation."));
        }
        range(problems, "complaints.burstMessages", complaints.burstMessages(), 2, 100);
        positive(problems, "complaints.burstWindow", complaints.burstWindow());
        range(problems, "complaints.repeatedTickets", complaints.repeatedTickets(), 2, 100);
        positive(problems, "complaints.repeatWindow", complaints.repeatWindow());
        return problems;
    }

    private static void positive(List<FieldProblem> problems, String field, @Nullable Duration value) {
        if (value == null) {
            problems.add(
                    new FieldProblem(field, "sla.settings.duration.required", field + " is required.", List.of(field)));
        } else if (value.isNegative() || value.isZero()) {
            problems.add(new FieldProblem(
                    field,
                    "sla.settings.duration.positive",
                    field + " must be longer than zero, not " + value + ".",
                    List.of(field)));
        } else if (value.compareTo(Duration.ofDays(365)) > 0) {
            problems.add(new FieldProblem(
                    field, "sla.settings.duration.tooLong", field + " must be at most a year.", List.of(field)));
        }
    }

    private static void range(List<FieldProblem> problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(
                    field,
                    "sla.settings.range",
                    field + " must be from " + min + " to " + max + ", not " + value + ".",
                    List.of(field, min, max)));
        }
    }
}
