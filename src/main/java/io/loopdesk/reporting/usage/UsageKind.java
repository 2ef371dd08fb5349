package io.loopdesk.reporting.usage;

import io.loopdesk.ticket.value.Channel;
import java.util.Optional;

/** What a hosted tenant is billed for, piece by piece (seed 000): each app feedback and each e-mail ticket. */
public enum UsageKind {
    APP_FEEDBACK,
    EMAIL;

    /**
     * The unit a new ticket of {@code channel} is billed as, if any: forms, calls, imports and the REST API are
     * part of the service, not counted pieces.
     */
    public static Optional<UsageKind> of(Channel channel) {
        return switch (channel) {
            case APP -> Optional.of(APP_FEEDBACK);
            case EMAIL -> Optional.of(EMAIL);
            case WEB, PHONE, CHAT, LIVE_ROOM, SOCIAL_MEDIA, OUTSIDE_SITE, API -> Optional.empty();
        };
    }
}
