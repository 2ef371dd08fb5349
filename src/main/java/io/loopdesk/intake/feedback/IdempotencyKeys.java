package io.loopdesk.intake.feedback;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The {@code Idempotency-Key} header: 1-255 visible ASCII characters (a UUID is a good one), or none. */
final class IdempotencyKeys {

    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private IdempotencyKeys() {}

    static @Nullable String check(@Nullable String key) {
        if (key == null) {
            return null;
        }
        String value = key.strip();
        if (!VALID.matcher(value).matches()) {
            throw new FeedbackAppException(
                    "Idempotency-Key",
                    "feedback.idempotency-key.invalid",
                    "The Idempotency-Key must be 1-255 visible ASCII characters, e.g. a UUID.");
        }
        return value;
    }
}
