/**
 * A tenant's own ticket fields — text, number, money, date, single and multiple choice, checkbox — defined by its
 * admins without code (seed 002's violation grade, action taken, refund amount, merchant): asked on the registration
 * form, shown and edited on the ticket page and the API, required before the statuses the tenant names, a filter of
 * lists and saved views, and counted in a report. Published API (the named interface {@code custom}): the demo defines
 * a tenant's fields through {@link io.loopdesk.ticket.custom.CustomFields}.
 */
@org.springframework.modulith.NamedInterface("custom")
@NullMarked
package io.loopdesk.ticket.custom;

import org.jspecify.annotations.NullMarked;
