/**
 * Imports of feedback found elsewhere (live-room comments, social media, outside sites) from JSON Lines or CSV:
 * each record becomes a ticket that keeps its source; a bad record is reported with its line; nothing is imported
 * twice.
 */
@NullMarked
package io.loopdesk.intake.imports;

import org.jspecify.annotations.NullMarked;
