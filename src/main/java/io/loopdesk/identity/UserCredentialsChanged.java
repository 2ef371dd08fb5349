package io.loopdesk.identity;

/** A user's password, roles or enabled flag changed: whatever was remembered about their sign-in is stale. */
public record UserCredentialsChanged(long userId, String username) {}
