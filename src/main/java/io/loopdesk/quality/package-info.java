/**
 * Quality inspection (质检): a tenant's scoring rubric with weighted items and red lines, the rules that draw handled
 * tickets into the inspectors' queue (a share of every agent's solved tickets, every complaint, low rating and
 * reopened ticket), the inspection of a ticket seen with its contacts masked, and the agent's one appeal that a
 * supervisor decides. Scores reach the agents' scorecards through the reporting module.
 */
@NullMarked
package io.loopdesk.quality;

import org.jspecify.annotations.NullMarked;
