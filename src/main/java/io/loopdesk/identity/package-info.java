/**
 * Identity: the people who sign in (customers and staff), their roles, how they authenticate (form login,
 * HTTP Basic, bearer API tokens) and who is acting in the current request ({@link io.loopdesk.identity.Actor}).
 */
@NullMarked
package io.loopdesk.identity;

import org.jspecify.annotations.NullMarked;
