package io.loopdesk.ticket.custom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a custom field holds, and how a typed value becomes the one stored. */
public enum FieldType {
    TEXT,
    NUMBER,
    MONEY,
    DATE,
    CHOICE,
    MULTI_CHOICE,
    CHECKBOX;

    /** The longest text value, in characters. */
    public static final int MAX_TEXT = 500;

    private static final BigDecimal LIMIT = new BigDecimal("9999999999999999");

    /** One stored value: as shown and filtered, and as a number or a date where the type has one. */
    record Stored(
            String text,
            @Nullable BigDecimal number,
            @Nullable LocalDate date) {}

    /** Why a typed value was refused: a message key under {@code error.ticket.field.} and its English text. */
    record Problem(String code, String message) {}

    /** Whether the field offers options to choose from. */
    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /**
     * The values to store for what was typed ({@code typed}: one value, or several for a multiple choice); blank
     * entries are dropped, so nothing typed clears the field.
     *
     * @throws Refused with the {@link Problem} when a value does not fit the type
     */
    List<Stored> parse(List<String> typed, List<String> options) throws Refused {
        List<String> given = new ArrayList<>();
        for (String value : typed) {
            if (value != null && !value.isBlank()) {
                given.add(value.strip());
            }
        }
        if (given.isEmpty()) {
            return List.of();
        }
        if (this != MULTI_CHOICE && given.size() > 1) {
            throw new Refused(new Problem("one", "Give one value."));
        }
        String value = given.getFirst();
        return switch (this) {
            case TEXT -> {
                if (value.codePointCount(0, value.length()) > MAX_TEXT) {
                    throw new Refused(new Problem("text", "At most " + MAX_TEXT + " characters."));
                }
                yield List.of(new Stored(value, null, null));
            }
            case NUMBER -> {
                BigDecimal number = number(value, "number", "Give a number of at most two decimals, such as 3 or 2.5.");
                yield List.of(new Stored(number.stripTrailingZeros().toPlainString(), number, null));
            }
            case MONEY -> {
                BigDecimal amount = number(
                        value.replace("¥", "").replace("￥", "").replace(",", ""),
                        "money",
                        "Give an amount of at most two decimals, such as 50 or 1250.50.");
                if (amount.scale() > 2 || amount.signum() < 0) {
                    throw new Refused(
                            new Problem("money", "Give an amount of at most two decimals, such as 50 or 1250.50."));
                }
                BigDecimal cents = amount.setScale(2, RoundingMode.UNNECESSARY);
                yield List.of(new Stored(cents.toPlainString(), cents, null));
            }
            case DATE -> {
                try {
                    LocalDate date = LocalDate.parse(value);
                    yield List.of(new Stored(date.toString(), null, date));
                } catch (DateTimeParseException e) {
                    throw new Refused(new Problem("date", "Give a date as 2026-12-31."));
                }
            }
            case CHOICE -> List.of(new Stored(option(value, options), null, null));
            case MULTI_CHOICE -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String each : given) {
                    chosen.add(option(each, options));
                }
                yield chosen.stream().map(o -> new Stored(o, null, null)).toList();
            }
            case CHECKBOX -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new Refused(new Problem("checkbox", "A checkbox is true or false."));
                }
                yield List.of(new Stored(lower, null, null));
            }
        };
    }

    private static BigDecimal number(String value, String code, String message) throws Refused {
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.abs().compareTo(LIMIT) > 0 || number.scale() > 2) {
                throw new Refused(new Problem(code, message));
            }
            return number;
        } catch (NumberFormatException e) {
            throw new Refused(new Problem(code, message));
        }
    }

    private static String option(String value, List<String> options) throws Refused {
        return options.stream()
                .filter(o -> o.equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new Refused(new Problem("option", "Choose one of the field's options.")));
    }

    /** A typed value the field does not take. */
    static final class Refused extends Exception {
        private final Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
