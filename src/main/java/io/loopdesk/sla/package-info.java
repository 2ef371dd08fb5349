/**
 * SLA: nothing may be late without someone being told (REQUIREMENTS §5, §6).
 *
 * <ul>
 *   <li>Business calendars ({@link io.loopdesk.sla.calendar.BusinessCalendar}) per tenant and team, saved by tenant admins
 *       ({@link io.loopdesk.sla.calendar.Calendars}); business-time arithmetic on instants.
 *   <li>SLA policies ({@link io.loopdesk.sla.policy.SlaPolicy}: STANDARD and MARKETPLACE) choosing each ticket's targets,
 *       with the tenant's numbers ({@link io.loopdesk.sla.policy.SlaPolicies}).
 *   <li>Clocks per ticket and target, replayed from the ticket's trail after every ticket event: pause, resume,
 *       stop; each running clock's next moment (its warning, then its due time) stored on the clock and worked off
 *       by the SLA sweep, many tickets per transaction; breaches recorded; notices to staff within working hours.
 *   <li>Each cycle's outcome, met or missed, settled once and published ({@link io.loopdesk.sla.SlaOutcome}), and
 *       read back for reports ({@link io.loopdesk.sla.SlaOutcomes}).
 *   <li>The auto-close chain of tickets waiting for the customer, and complaint signals
 *       ({@link io.loopdesk.sla.complaint.Complaints}): from the word list as customers write, and by meaning a few
 *       seconds later ({@link io.loopdesk.sla.complaint.ComplaintReading}); staff replies with abusive words are
 *       refused.
 * </ul>
 *
 * <p>Where each rule lives: {@code sla.calendar} (working hours, holidays and their yearly data, calendars and the
 * missing-holidays warning), {@code sla.policy} (targets and the tenant's numbers), {@code sla.clock} (clocks,
 * their replay, warning and breach timers, breaches), {@code sla.autoclose} (the waiting-for-customer chain),
 * {@code sla.complaint} (complaint signals and the polite-reply check); the root keeps what ties them to tickets
 * ({@code SlaTracker}, {@code SlaTicketEvents}, the ticket facts and trail), the outcomes, access checks and the
 * notices.
 *
 * <p>The module reacts to the ticket module's events and changes tickets only through {@code Tickets}; timers are
 * db-scheduler executions ({@code SlaSweep}, a few executions that look for due clocks; {@code AutoCloseTimer}, one
 * per waiting ticket); notices go through the notification module.
 */
@NullMarked
package io.loopdesk.sla;

import org.jspecify.annotations.NullMarked;
