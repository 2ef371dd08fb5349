/**
 * Business time: weekly working hours, public holidays and make-up days (yearly data files, imports), the calendars tenant admins save per tenant and team, and the warning when next year's holidays are missing.
 *
 * <p>Published API (the named interface {@code calendars}): {@link Calendars} and the drafts it takes.
 */
@org.springframework.modulith.NamedInterface("calendars")
@NullMarked
package io.loopdesk.sla.calendar;

import org.jspecify.annotations.NullMarked;
