package io.loopdesk.survey;

import io.loopdesk.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's rules for keeping customers told: a customer who has not answered the survey of a solution is reminded
 * after {@code remindAfterDays} days, at most {@code reminders} times (0 to 2); progress a handler shows the customer
 * is also sent to them for urgent and critical tickets and for any ticket open longer than
 * {@code progressAfterHours}; the survey asks how likely the customer is to recommend the brand (NPS) when
 * {@code askNps}; {@code returnVisitPercent} of the solved tickets (0 to 100) are sampled for a return visit (回访),
 * and every solved critical ticket too when {@code returnVisitCritical}.
 */
public record SurveySettings(
        int remindAfterDays,
        int reminders,
        int progressAfterHours,
        boolean askNps,
        int returnVisitPercent,
        boolean returnVisitCritical) {

    /**
     * What a tenant works to until it saves its own: remind after three days, twice; progress after a day; no NPS; no
     * sampled return visits.
     */
    public static final SurveySettings DEFAULTS = new SurveySettings(3, 2, 24, false, 0, false);

    public static final int MAX_REMINDERS = 2;
    public static final int MAX_DAYS = 30;
    public static final int MAX_HOURS = 720;

    /** Every problem with these settings, empty when they are fine. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (remindAfterDays < 1 || remindAfterDays > MAX_DAYS) {
            problems.add(new FieldProblem(
                    "remindAfterDays",
                    "survey.settings.days.range",
                    "Remind after 1 to " + MAX_DAYS + " days.",
                    List.of(MAX_DAYS)));
        }
        if (reminders < 0 || reminders > MAX_REMINDERS) {
            problems.add(new FieldProblem(
                    "reminders",
                    "survey.settings.reminders.range",
                    "Remind at most " + MAX_REMINDERS + " times.",
                    List.of(MAX_REMINDERS)));
        }
        if (progressAfterHours < 1 || progressAfterHours > MAX_HOURS) {
            problems.add(new FieldProblem(
                    "progressAfterHours",
                    "survey.settings.hours.range",
                    "Enter 1 to " + MAX_HOURS + " hours.",
                    List.of(MAX_HOURS)));
        }
        if (returnVisitPercent < 0 || returnVisitPercent > 100) {
            problems.add(new FieldProblem(
                    "returnVisitPercent", "survey.settings.percent.range", "Enter 0 to 100 per cent."));
        }
        return problems;
    }

    /**
     * Whether the solved ticket {@code number} is in the sample for a return visit: every critical one if the tenant
     * says so, else a draw by a checksum of the number, so the same ticket is drawn however often its solving is seen,
     * on any node.
     */
    public boolean samplesForReturnVisit(String number, boolean critical) {
        if (critical && returnVisitCritical) {
            return true;
        }
        if (returnVisitPercent <= 0) {
            return false;
        }
        java.util.zip.CRC32 checksum = new java.util.zip.CRC32();
        checksum.update(number.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return checksum.getValue() % 100 < returnVisitPercent;
    }
}
