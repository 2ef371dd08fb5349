/**
 * Ticket counters for monitoring: tickets registered by channel and plan, and moves into each status.
 */
@NullMarked
package io.loopdesk.ticket.metrics;

import org.jspecify.annotations.NullMarked;
