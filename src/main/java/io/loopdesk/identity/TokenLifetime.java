package io.loopdesk.identity;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How long a new API token works, as its issuer asked: a number of days, the default, or never expiring. Every
 * token expires unless a tenant admin or an operator sets up a staff integration that must not stop; a customer's
 * token always expires, within {@link #MAX_CUSTOMER_DAYS} days, because a leaked customer token reaches a person's
 * private tickets and nobody on the desk watches it.
 *
 * @param days the days asked for, or {@code null} for the default
 * @param neverExpires whether the token should never expire
 */
public record TokenLifetime(@Nullable Integer days, boolean neverExpires) {

    static final int MAX_STAFF_DAYS = 365;
    static final int MAX_CUSTOMER_DAYS = 90;

    /** The default validity. */
    public static TokenLifetime standard() {
        return new TokenLifetime(null, false);
    }

    /**
     * The validity for a token held by {@code owner} and issued by someone who is ({@code byAdmin}) or is not a
     * tenant admin or operator; {@code null} for a token that never expires.
     *
     * @throws InvalidUserException if the request breaks these rules
     */
    @Nullable
    Duration validity(Actor owner, boolean byAdmin, Duration standard) {
        boolean customer = !owner.isStaff();
        if (neverExpires) {
            if (days != null) {
                throw new InvalidUserException(
                        "neverExpires", "identity.token.validity.both", "Give validDays or neverExpires, not both.");
            }
            if (customer || !byAdmin) {
                throw new InvalidUserException(
                        "neverExpires",
                        "identity.token.validity.never",
                        "Only tenant admins issue tokens that never expire, and only for staff.");
            }
            return null;
        }
        int max = customer ? MAX_CUSTOMER_DAYS : MAX_STAFF_DAYS;
        if (days == null) {
            return standard.compareTo(Duration.ofDays(max)) > 0 ? Duration.ofDays(max) : standard;
        }
        if (days < 1 || days > max) {
            throw new InvalidUserException(
                    "validDays", "identity.token.validity.range", "validDays must be between 1 and " + max + ".", max);
        }
        return Duration.ofDays(days);
    }
}
