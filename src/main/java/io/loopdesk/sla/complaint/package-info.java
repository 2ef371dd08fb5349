/**
 * Complaint signals raised from customers' words and behaviour, and the check that keeps abusive words out of staff replies.
 */
@NullMarked
package io.loopdesk.sla.complaint;

import org.jspecify.annotations.NullMarked;
