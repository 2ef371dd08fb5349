/**
 * Clocks per ticket and target, replayed from the ticket's trail; their warning and breach timers, the breaches they
 * record and the outcome of each cycle.
 */
@NullMarked
package io.loopdesk.sla.clock;

import org.jspecify.annotations.NullMarked;
