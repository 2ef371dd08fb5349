/**
 * What the modules share about the database they run on: which product it is, the connection's settings, retries
 * of a change that lost a race, and the signals nodes send each other through it.
 */
@NullMarked
package io.loopdesk.shared.jdbc;

import org.jspecify.annotations.NullMarked;
