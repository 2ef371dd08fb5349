package io.loopdesk.sla.policy;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketFacts;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.clock.Deadline;
import io.loopdesk.ticket.value.Urgency;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cloud marketplace's rules for its service providers (seed 003): first response in 15 minutes, the expected
 * resolution time told within 30 minutes, every customer message answered within 4 hours of service time, and
 * business-stopping tickets resolved the same business day (else the customer is phoned; the breach notice says so).
 */
record MarketplacePolicy(
        SlaSettings.MarketplaceTerms terms, SlaSettings.ResolutionTerms resolution, Map<SlaTarget, TimeBasis> bases)
        implements SlaPolicy {

    @Override
    public PolicyName name() {
        return PolicyName.MARKETPLACE;
    }

    @Override
    public Map<SlaTarget, Deadline> targetsFor(TicketFacts facts) {
        Map<SlaTarget, Deadline> targets = new EnumMap<>(SlaTarget.class);
        targets.put(
                SlaTarget.FIRST_RESPONSE,
                new Deadline.Within(terms.firstResponse(), bases.get(SlaTarget.FIRST_RESPONSE)));
        targets.put(
                SlaTarget.EXPECTED_RESOLUTION,
                new Deadline.Within(terms.expectedResolution(), bases.get(SlaTarget.EXPECTED_RESOLUTION)));
        targets.put(
                SlaTarget.NEXT_RESPONSE, new Deadline.Within(terms.nextResponse(), bases.get(SlaTarget.NEXT_RESPONSE)));
        targets.put(
                SlaTarget.RESOLUTION,
                facts.urgency() == Urgency.CRITICAL && terms.criticalSameBusinessDay()
                        ? new Deadline.SameBusinessDay()
                        : new Deadline.Within(
                                ResolutionByUrgency.of(resolution, facts.urgency()), bases.get(SlaTarget.RESOLUTION)));
        targets.put(
                SlaTarget.RESULT_NOTICE,
                new Deadline.Within(resolution.resultNotice(), bases.get(SlaTarget.RESULT_NOTICE)));
        return targets;
    }
}
