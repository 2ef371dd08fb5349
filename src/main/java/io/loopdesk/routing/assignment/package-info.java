/**
 * Automatic assignment: the queue of tickets waiting for an agent, the assigner that gives each to the least loaded suitable agent on duty, its sweep, and the priority order.
 */
@NullMarked
package io.loopdesk.routing.assignment;

import org.jspecify.annotations.NullMarked;
