package io.loopdesk.sla.clock;

import io.loopdesk.shared.AfterCommit;
import io.loopdesk.sla.SlaTarget;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Counts SLA breaches by target once they are recorded (committed), on the node whose timer recorded them. */
@Component
public class BreachMetrics {

    private final Map<SlaTarget, Counter> breaches = new EnumMap<>(SlaTarget.class);

    BreachMetrics(MeterRegistry meters) {
        for (SlaTarget target : SlaTarget.values()) {
            breaches.put(
                    target,
                    Counter.builder("loopdesk.sla.breaches")
                            .description("SLA targets missed, by target")
                            .tag("target", target.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    /** Part of the transaction that records the breach: counted when it commits. */
    public void recorded(SlaTarget target) {
        AfterCommit.inline(breaches.get(target)::increment);
    }
}
