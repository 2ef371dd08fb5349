package io.loopdesk.sla;

import io.loopdesk.sla.clock.BreachRepository;
import io.loopdesk.tenant.TenantInfo;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** How a tenant's day is going against its SLA: the targets missed since midnight in its time zone. */
@Service
public class SlaToday {

    private final SlaAccess access;
    private final BreachRepository breaches;
    private final Clock clock;

    SlaToday(SlaAccess access, BreachRepository breaches, Clock clock) {
        this.access = access;
        this.breaches = breaches;
        this.clock = clock;
    }

    /** Targets (first response, next response, resolution…) whose due time passed unmet today. */
    public long breaches(TenantInfo tenant) {
        var midnight = LocalDate.now(clock.withZone(tenant.timeZone()))
                .atStartOfDay(tenant.timeZone())
                .toInstant();
        return access.inTenant(tenant.id(), () -> breaches.countByDueAtGreaterThanEqual(midnight));
    }
}
