/**
 * Moving a ticket on: transfers between agents and teams, dispatches to another tier with their answers, and escalation levels.
 */
@NullMarked
package io.loopdesk.routing.transfer;

import org.jspecify.annotations.NullMarked;
