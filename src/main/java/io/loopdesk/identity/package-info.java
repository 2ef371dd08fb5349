/**
 * Identity: the people who sign in (customers and staff), their roles, how they authenticate (form login,
 * HTTP Basic, bearer API tokens) and who is acting in the current request ({@link io.loopdesk.identity.Actor}).
 *
 * <p>The root holds what other modules use (the actor, roles, user accounts and their views, the sign-in events) and
 * the services and security configuration built on the accounts. Internal, by concern: {@code identity.throttle}
 * (slowing password guessing down, counting failed sign-ins), {@code identity.token} (API tokens as stored),
 * {@code identity.session} (web sessions in the database), {@code identity.web} (sign-in pages, the identity API,
 * web security).
 */
@NullMarked
package io.loopdesk.identity;

import org.jspecify.annotations.NullMarked;
