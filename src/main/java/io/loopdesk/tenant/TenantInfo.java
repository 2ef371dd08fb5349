package io.loopdesk.tenant;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about a tenant.
 *
 * @param suspendedAt when a platform operator suspended it (its people cannot sign in, its apps are refused), or
 *     {@code null} while it is active
 * @param suspensionReason why, as the operator wrote it; {@code null} while it is active
 * @param hostingAuthorisation the brand's authorisation for platform operators to work its tickets, or {@code null}:
 *     then no operator opens them
 */
public record TenantInfo(
        long id,
        String code,
        String name,
        Plan plan,
        ZoneId timeZone,
        Locale defaultLocale,
        @Nullable Instant suspendedAt,
        @Nullable String suspensionReason,
        @Nullable HostingAuthorisation hostingAuthorisation) {

    /** Whether the tenant is suspended: nobody of it may work and none of its apps may send. */
    public boolean suspended() {
        return suspendedAt != null;
    }

    /** Whether platform operators may open this tenant's tickets. */
    public boolean hostingAuthorised() {
        return hostingAuthorisation != null;
    }
}
