/**
 * The chain for tickets waiting on the customer: reminders, then solving and closing on the tenant's schedule.
 */
@NullMarked
package io.loopdesk.sla.autoclose;

import org.jspecify.annotations.NullMarked;
