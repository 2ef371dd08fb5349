/**
 * Web sessions in the database (Spring Session JDBC): their own plain JDBC transactions and the timer that removes
 * expired ones.
 */
@NullMarked
package io.loopdesk.identity.session;

import org.jspecify.annotations.NullMarked;
