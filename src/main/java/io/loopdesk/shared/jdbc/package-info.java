/** What the modules share about the database they run on. */
@NullMarked
package io.loopdesk.shared.jdbc;

import org.jspecify.annotations.NullMarked;
