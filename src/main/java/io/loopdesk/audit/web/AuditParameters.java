package io.loopdesk.audit.web;

import io.loopdesk.audit.AuditFilter;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.web.TimeParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns the filters of the page and the API into an {@link AuditFilter}: {@code from} and {@code to} by the one rule
 * of {@link TimeParameters} (a date is a whole day of the reader's time zone, {@code to} included).
 */
@Component
class AuditParameters {

    private final TimeParameters times;

    AuditParameters(TimeParameters times) {
        this.times = times;
    }

    AuditFilter filter(
            @Nullable Long tenant,
            @Nullable String action,
            @Nullable String who,
            @Nullable String from,
            @Nullable String to,
            Actor actor) {
        return new AuditFilter(
                actor.has(Role.PLATFORM_OPERATOR) ? tenant : null,
                action,
                who,
                times.from("from", from),
                times.to("to", to));
    }
}
