/**
 * Proposals: an agent turns a ticket's answer into a proposed article (or a change to one), prefilled from the
 * ticket's conversation with contacts masked; an editor approves it, edited or not, or rejects it with a reason, and
 * the proposer is told either way.
 */
@NullMarked
package io.loopdesk.knowledge.proposal;

import org.jspecify.annotations.NullMarked;
