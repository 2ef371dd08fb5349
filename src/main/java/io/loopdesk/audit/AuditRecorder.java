package io.loopdesk.audit;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.SignInFailed;
import io.loopdesk.identity.SignedIn;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.RequestOrigin;
import io.loopdesk.shared.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes what other modules report into the trail, as it happens: synchronous listeners, so a record joins the
 * transaction of the change it records. Who did it is whoever is signed in to the request (the system otherwise),
 * from the address the request came from.
 */
@Component
class AuditRecorder {

    private final AuditChain chain;
    private final JsonMapper json;
    private final RequestOrigin origin;

    AuditRecorder(AuditChain chain, JsonMapper json, RequestOrigin origin) {
        this.chain = chain;
        this.json = json;
        this.origin = origin;
    }

    @EventListener
    void on(Audited audited) {
        chain.append(
                audited.tenantId(),
                currentActor(),
                audited.action(),
                audited.subject(),
                text(audited.before()),
                text(audited.after()));
    }

    @EventListener
    void on(SignedIn signedIn) {
        chain.append(
                signedIn.tenantId(),
                new AuditChain.Who(signedIn.userId(), signedIn.username(), signedIn.address()),
                "sign-in.succeeded",
                signedIn.username(),
                null,
                null);
    }

    /** A failure of a known account goes to its tenant's trail; one of an unknown username to the platform's. */
    @EventListener
    void on(SignInFailed failed) {
        chain.append(
                failed.tenantId() == null ? TenantScope.ALL_TENANTS : failed.tenantId(),
                new AuditChain.Who(null, failed.username(), failed.address()),
                failed.throttled() ? "sign-in.throttled" : "sign-in.failed",
                failed.username(),
                null,
                null);
    }

    private AuditChain.Who currentActor() {
        Actor actor = CurrentActor.find().orElse(Actor.system());
        String name = actor.isSystem() ? actor.name() : actor.username() + " (" + actor.name() + ")";
        return new AuditChain.Who(actor.userId(), name, origin.clientAddress().orElse(null));
    }

    private @Nullable String text(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String string ? string : json.writeValueAsString(value);
    }
}
