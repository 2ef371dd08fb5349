package io.loopdesk.sla.policy;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketFacts;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.clock.Deadline;
import io.loopdesk.tenant.Plan;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * REQUIREMENTS §5 for a hosted or in-house desk: first response by the tenant's plan, tightened to 2 h for technical
 * tickets; resolution by urgency, tightened to 24 h for content tickets; optionally a next-response target. When a
 * category rule and the general rule both apply, the shorter wins.
 */
record StandardPolicy(
        SlaSettings.StandardTerms terms, SlaSettings.ResolutionTerms resolution, Map<SlaTarget, TimeBasis> bases)
        implements SlaPolicy {

    /** Seed 000's first-response promise by plan, in working hours. */
    static Duration firstResponseOf(Plan plan) {
        return switch (plan) {
            case FLAGSHIP -> Duration.ofHours(3);
            case ENTERPRISE -> Duration.ofHours(6);
            case BASIC -> Duration.ofHours(12);
        };
    }

    @Override
    public PolicyName name() {
        return PolicyName.STANDARD;
    }

    @Override
    public Map<SlaTarget, Deadline> targetsFor(TicketFacts facts) {
        Map<SlaTarget, Deadline> targets = new EnumMap<>(SlaTarget.class);
        Duration firstResponse = facts.isIn("technical")
                ? min(terms.firstResponse(), terms.technicalFirstResponse())
                : terms.firstResponse();
        targets.put(SlaTarget.FIRST_RESPONSE, within(SlaTarget.FIRST_RESPONSE, firstResponse));
        if (terms.nextResponse() != null) {
            targets.put(SlaTarget.NEXT_RESPONSE, within(SlaTarget.NEXT_RESPONSE, terms.nextResponse()));
        }
        Duration byUrgency = ResolutionByUrgency.of(resolution, facts.urgency());
        Duration resolve = facts.isIn("content") ? min(byUrgency, terms.contentResolution()) : byUrgency;
        targets.put(SlaTarget.RESOLUTION, within(SlaTarget.RESOLUTION, resolve));
        targets.put(SlaTarget.RESULT_NOTICE, within(SlaTarget.RESULT_NOTICE, resolution.resultNotice()));
        return targets;
    }

    private Deadline within(SlaTarget target, Duration duration) {
        return new Deadline.Within(duration, bases.get(target));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
