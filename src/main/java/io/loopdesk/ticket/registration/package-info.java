/**
 * Registering tickets under load: group commit, which takes the tickets registered at the same moment into one
 * transaction and still answers each caller with its own outcome.
 */
@NullMarked
package io.loopdesk.ticket.registration;

import org.jspecify.annotations.NullMarked;
