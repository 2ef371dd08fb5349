package io.loopdesk.sla.policy;

import io.loopdesk.sla.SlaProperties;
import io.loopdesk.tenant.Plan;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The SLA settings of a tenant that has not saved its own: the requirements' numbers and the configured defaults. */
@Component
class DefaultSettings {

    private final SlaProperties properties;

    DefaultSettings(SlaProperties properties) {
        this.properties = properties;
    }

    SlaSettings forPlan(Plan plan) {
        return new SlaSettings(
                properties.defaultPolicy(),
                new SlaSettings.StandardTerms(
                        StandardPolicy.firstResponseOf(plan),
                        Duration.ofHours(2),
                        Duration.ofHours(24),
                        StandardPolicy.firstResponseOf(plan)),
                new SlaSettings.MarketplaceTerms(
                        Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(4), true),
                new SlaSettings.ResolutionTerms(
                        Duration.ofHours(48),
                        Duration.ofHours(24),
                        Duration.ofHours(8),
                        SlaSettings.ResolutionTerms.DEFAULT_RESULT_NOTICE),
                Map.of(),
                new SlaSettings.ClockRules(properties.pauseWhileWaiting(), properties.warnAtPercent()),
                new SlaSettings.AutoCloseTerms(
                        properties.autoClose().remindAfter(),
                        properties.autoClose().awaitConfirmationAfter(),
                        properties.autoClose().closeAfter()),
                new SlaSettings.ComplaintTerms(
                        properties.complaints().burstMessages(),
                        properties.complaints().burstWindow(),
                        properties.complaints().repeatedTickets(),
                        properties.complaints().repeatWindow()));
    }
}
