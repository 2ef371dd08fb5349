/**
 * Secrets in ticket texts (passwords, card numbers): found, sealed with the one cipher and revealed only to those allowed, with a record of each reveal.
 */
@NullMarked
package io.loopdesk.ticket.secret;

import org.jspecify.annotations.NullMarked;
