/**
 * Sign-in throttling: failed sign-ins counted per address and account in the database, so every node slows
 * password guessing alike and tells the tenant's admins of an attack; failures counted by kind for monitoring.
 */
@NullMarked
package io.loopdesk.identity.throttle;

import org.jspecify.annotations.NullMarked;
