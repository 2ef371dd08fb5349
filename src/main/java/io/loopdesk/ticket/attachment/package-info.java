/**
 * Files on tickets: the tenant's limits and allowed types, detection of what a file really is, storage on disk, and downloads.
 */
@NullMarked
package io.loopdesk.ticket.attachment;

import org.jspecify.annotations.NullMarked;
