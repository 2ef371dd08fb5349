package io.loopdesk.sla;

import io.loopdesk.sla.complaint.Complaints;
import io.loopdesk.sla.policy.PolicyName;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.sla.*}: the defaults of a tenant that has not saved SLA settings, and the engine's own settings.
 *
 * @param defaultPolicy the policy of a new tenant
 * @param warnAtPercent share of a target after which the assignee is warned
 * @param pauseWhileWaiting whether clocks stop while a ticket waits for the customer
 * @param autoClose working days of the auto-close chain: reminder, awaiting confirmation, then closed
 * @param complaints complaint-tendency thresholds
 * @param wordList the abusive, heated and phone-call phrases (a classpath or file resource)
 * @param timerRetry when a timer's work fails (e.g. a database conflict), how soon it is tried again
 * @param sweepInterval how often a node looks for clocks that reached their warning or due time; db-scheduler's
 *     polling interval bounds it from below
 * @param sweeps how many sweeps run at once across the nodes (each a db-scheduler execution, so they spread over
 *     the nodes and over a node's timer threads; they never take the same ticket)
 * @param holidayData where the public holiday files are ({@code CN-2026.csv}: a region, a year); a later location's
 *     file for the same region and year replaces an earlier one's, so operators can add a year in a folder of their
 *     own ({@code file:/etc/loopdesk/holidays/*.csv}) before a release ships it
 */
@ConfigurationProperties("loopdesk.sla")
public record SlaProperties(
        @DefaultValue("STANDARD") PolicyName defaultPolicy,
        @DefaultValue("75") int warnAtPercent,
        @DefaultValue("true") boolean pauseWhileWaiting,
        @DefaultValue AutoClose autoClose,
        @DefaultValue Complaints complaints,
        @DefaultValue("classpath:sla/complaint-words.txt") String wordList,
        @DefaultValue("30s") Duration timerRetry,
        @DefaultValue("1s") Duration sweepInterval,
        @DefaultValue("4") int sweeps,
        @DefaultValue("classpath*:sla/holidays/*.csv") List<String> holidayData) {

    /** {@code loopdesk.sla.auto-close.*}, in working days. */
    public record AutoClose(
            @DefaultValue("2") int remindAfter,
            @DefaultValue("7") int awaitConfirmationAfter,
            @DefaultValue("3") int closeAfter) {}

    /**
     * {@code loopdesk.sla.complaints.*}.
     *
     * @param byMeaning whether what customers write is also read by meaning (a sentence-embedding model), after the
     *     word list
     * @param meaningInterval how often, at most, waiting texts are read by meaning (on one node)
     * @param meaningExamples the example sentences of each signal and of calm texts (a classpath or file resource)
     */
    public record Complaints(
            @DefaultValue("3") int burstMessages,
            @DefaultValue("10m") Duration burstWindow,
            @DefaultValue("3") int repeatedTickets,
            @DefaultValue("30d") Duration repeatWindow,
            @DefaultValue("true") boolean byMeaning,
            @DefaultValue("2s") Duration meaningInterval,

            @DefaultValue("classpath:sla/complaint-examples.txt")
            String meaningExamples) {}
}
