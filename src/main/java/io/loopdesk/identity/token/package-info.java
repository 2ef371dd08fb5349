/**
 * API tokens as stored: the token entity (only the SHA-256 of its secret) and its repository. Issuing, checking and
 * revoking them is {@code identity.ApiTokens}.
 */
@NullMarked
package io.loopdesk.identity.token;

import org.jspecify.annotations.NullMarked;
