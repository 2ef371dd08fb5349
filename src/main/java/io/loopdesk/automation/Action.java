package io.loopdesk.automation;

import org.jspecify.annotations.Nullable;

/**
 * One thing a rule does.
 *
 * @param key what it works on where its kind needs one ({@link ActionKind#hasKey()})
 */
public record Action(ActionKind kind, @Nullable String key, String value) {}
