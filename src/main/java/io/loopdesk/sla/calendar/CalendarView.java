package io.loopdesk.sla.calendar;

import org.jspecify.annotations.Nullable;

/**
 * A calendar as the admin pages and the API show it.
 *
 * @param teamId the team, or {@code null} for the tenant's own calendar
 * @param teamName the team's name, {@code null} for the tenant's
 * @param saved whether an admin saved it; otherwise it is inherited (a team uses the tenant's) or the plan's default
 * @param calendar the calendar in effect
 */
public record CalendarView(@Nullable Long teamId, @Nullable String teamName, boolean saved, CalendarDraft calendar) {}
