package io.loopdesk.reporting.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The checks the model's records share, so that every bad input is refused with the same kind of message. */
final class Require {

    private Require() {}

    /** A text that must be there: not null and not blank. */
    static String text(@Nullable String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required, but was null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is required, but was blank");
        }
        return value;
    }

    /** A list that must be there, copied so that the caller's later changes do not reach the document. */
    static <T> List<T> list(@Nullable List<T> values, String what) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is required, but was null");
        }
        // not contains(null): the immutable lists of List.of throw on that question
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(what + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** Like {@link #list} for lists whose entries may be null (empty cells, missing chart values). */
    static <T> List<@Nullable T> listAllowingNulls(@Nullable List<? extends @Nullable T> values, String what) {
        if (values == null) {
            throw new IllegalArgumentException(what + " is required, but was null");
        }
        return Collections.unmodifiableList(new ArrayList<@Nullable T>(values));
    }
}
