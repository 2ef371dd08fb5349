/**
 * Clocks per ticket and target, replayed from the ticket's trail; the next moment each waits for and the sweep that
 * finds the due ones ({@link io.loopdesk.sla.clock.SlaSweep}, {@link io.loopdesk.sla.clock.DueClocks}), the breaches
 * they record and the outcome of each cycle.
 */
@NullMarked
package io.loopdesk.sla.clock;

import org.jspecify.annotations.NullMarked;
