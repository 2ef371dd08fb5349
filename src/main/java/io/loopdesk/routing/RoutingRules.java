package io.loopdesk.routing;

import org.jspecify.annotations.Nullable;

/**
 * How a tenant routes.
 *
 * @param confidenceThreshold below this the automatic category is not trusted and a reviewer refines it (0–1)
 * @param defaultCap how many open tickets an agent holds at most, unless their profile says otherwise
 * @param autoAssign whether tickets are assigned automatically to on-duty agents at all
 * @param seniorTeamId the team an escalation to the senior level goes to
 * @param expertTeamId the complex-problem group, the last escalation level
 * @param incidentWindowMinutes and {@code incidentThreshold}: that many similar tickets within that window
 *     make the system propose a major incident
 * @param surge when a category's or product's volume makes the system propose a major incident (a surge); omitted
 *     (an API client from before), the default
 */
public record RoutingRules(
        double confidenceThreshold,
        int defaultCap,
        boolean autoAssign,
        @Nullable Long seniorTeamId,
        @Nullable Long expertTeamId,
        int incidentWindowMinutes,
        int incidentThreshold,
        SurgeRule surge) {

    public static final RoutingRules DEFAULT = new RoutingRules(0.6, 20, true, null, null, 30, 5, SurgeRule.DEFAULT);

    public RoutingRules {
        // JSON without "surge" (a client from before it existed) gives null
        if (surge == null) {
            surge = SurgeRule.DEFAULT;
        }
        if (confidenceThreshold < 0 || confidenceThreshold > 1) {
            throw new IllegalArgumentException("The confidence threshold is between 0 and 1");
        }
        if (defaultCap < 1 || defaultCap > 1000) {
            throw new IllegalArgumentException("An agent's ticket cap is between 1 and 1000");
        }
        if (incidentWindowMinutes < 1
                || incidentWindowMinutes > 24 * 60
                || incidentThreshold < 2
                || incidentThreshold > 10_000) {
            throw new IllegalArgumentException(
                    "The incident window is 1 minute to 24 hours and its threshold at least 2 tickets");
        }
    }
}
