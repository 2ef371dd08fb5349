/**
 * Business time: weekly working hours, public holidays and make-up days (yearly data files, imports), the calendars tenant admins save per tenant and team, and the warning when next year's holidays are missing.
 */
@NullMarked
package io.loopdesk.sla.calendar;

import org.jspecify.annotations.NullMarked;
