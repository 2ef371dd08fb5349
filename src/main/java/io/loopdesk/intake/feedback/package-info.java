/**
 * The app feedback API: brands' OEM apps submit feedback with a per-app key; a retried submission with the same
 * {@code Idempotency-Key} returns the ticket it made the first time.
 */
@NullMarked
package io.loopdesk.intake.feedback;

import org.jspecify.annotations.NullMarked;
