/**
 * Operations: backing up a running installation (database, attachments, generated keys) into one checked archive,
 * and restoring such an archive into an empty installation. A module of its own because a backup is about the
 * whole installation, not one feature: it reads no module's tables, only the database, the attachment folder and
 * the key files as a whole. {@code operations.portability} does the same for one tenant: all of its data exported as
 * an archive and imported into another installation; {@code operations.web} is where its admin downloads it.
 */
@NullMarked
package io.loopdesk.operations;

import org.jspecify.annotations.NullMarked;
