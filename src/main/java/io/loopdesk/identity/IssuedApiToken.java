package io.loopdesk.identity;

/** A freshly issued token: the only moment its secret value is known; afterwards only its hash is kept. */
public record IssuedApiToken(ApiTokenView token, String secret) {}
