package io.loopdesk.tenant;

import java.time.ZoneId;
import java.util.Locale;

/** What other modules may know about a tenant. */
public record TenantInfo(long id, String code, String name, Plan plan, ZoneId timeZone, Locale defaultLocale) {}
