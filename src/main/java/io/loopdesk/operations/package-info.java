/**
 * Operations: backing up a running installation (database, attachments, generated keys) into one checked archive,
 * and restoring such an archive into an empty installation. A module of its own because a backup is about the
 * whole installation, not one feature: it reads no module's tables, only the database, the attachment folder and
 * the key files as a whole.
 */
@NullMarked
package io.loopdesk.operations;

import org.jspecify.annotations.NullMarked;
