/**
 * Major incidents: declared or proposed by the radar when similar tickets arrive together, tickets linked to them, and the resolution sent to every linked ticket.
 */
@NullMarked
package io.loopdesk.routing.incident;

import org.jspecify.annotations.NullMarked;
