/**
 * Data portability: one tenant's data — every row of every table that holds it, and the files its rows point to —
 * written as a ZIP of NDJSON and files, streamed, and read back into another installation. Like a backup it reads
 * the schema as the database describes it rather than any module's entities, so a table a module adds tomorrow is
 * exported and imported without anyone remembering to list it.
 */
@NullMarked
package io.loopdesk.operations.portability;

import org.jspecify.annotations.NullMarked;
