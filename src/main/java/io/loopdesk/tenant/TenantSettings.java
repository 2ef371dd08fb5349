package io.loopdesk.tenant;

import java.time.ZoneId;
import java.util.Locale;

/** What a platform operator sets for a tenant: its name, plan, time zone and the language it works in. */
public record TenantSettings(String name, Plan plan, ZoneId timeZone, Locale defaultLocale) {}
