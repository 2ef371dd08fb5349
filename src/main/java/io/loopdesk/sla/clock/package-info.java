/**
 * Clocks per ticket and target, replayed from the ticket's trail; their warning and breach timers, and the breaches they record.
 */
@NullMarked
package io.loopdesk.sla.clock;

import org.jspecify.annotations.NullMarked;
