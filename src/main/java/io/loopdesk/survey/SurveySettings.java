package io.loopdesk.survey;

import io.loopdesk.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's rules for keeping customers told: a customer who has not answered the survey of a solution is reminded
 * after {@code remindAfterDays} days, at most {@code reminders} times (0 to 2); progress a handler shows the customer
 * is also sent to them for urgent and critical tickets and for any ticket open longer than
 * {@code progressAfterHours}.
 */
public record SurveySettings(int remindAfterDays, int reminders, int progressAfterHours) {

    /** What a tenant works to until it saves its own: remind after three days, twice; progress after a day. */
    public static final SurveySettings DEFAULTS = new SurveySettings(3, 2, 24);

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
        return problems;
    }
}
