package io.loopdesk.tenant.web;

import io.loopdesk.identity.CurrentActor;
import io.loopdesk.shared.web.ReaderZone;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The reader's time zone is their tenant's: staff and customers read their own desk's times, platform operators the
 * platform tenant's. Nobody signed in (the sign-in page) reads UTC.
 */
@Component
class SignedInReaderZone implements ReaderZone {

    private final Tenants tenants;

    SignedInReaderZone(Tenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public ZoneId current() {
        return CurrentActor.find()
                .filter(actor -> !actor.isSystem())
                .flatMap(actor -> tenants.byId(actor.tenantId()))
                .map(TenantInfo::timeZone)
                .orElse(ZoneOffset.UTC);
    }
}
