package io.loopdesk.ticket;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the customer: a mainland China mobile number or an e-mail address, normalised.
 *
 * @param value {@code 13812341234} or {@code someone@example.com}
 */
public record ContactPoint(Kind kind, String value) {

    /** What a contact is. */
    public enum Kind {
        MOBILE,
        EMAIL
    }

    /** Mainland mobile numbers: 11 digits starting 13–19. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** Pragmatic address syntax: local part, one @, a dotted domain with a letter TLD; no spaces or brackets. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private static final Pattern MOBILE_DECORATION = Pattern.compile("[\\s-]");

    /** Reads what a person typed: tolerates spaces, dashes and a +86/0086 prefix on mobiles. */
    public static Optional<ContactPoint> parse(String input) {
        String trimmed = input.strip();
        if (trimmed.contains("@")) {
            return EMAIL.matcher(trimmed).matches() && trimmed.length() <= 254
                    ? Optional.of(new ContactPoint(Kind.EMAIL, trimmed.toLowerCase(java.util.Locale.ROOT)))
                    : Optional.empty();
        }
        return mobile(trimmed).map(number -> new ContactPoint(Kind.MOBILE, number));
    }

    /** A mainland mobile number in its 11-digit form, if {@code input} is one. */
    public static Optional<String> mobile(String input) {
        String digits = MOBILE_DECORATION.matcher(input.strip()).replaceAll("");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** The value as shown to people who may not see contact details: {@code 138****1234}, {@code s***@example.com}. */
    public String masked() {
        return switch (kind) {
            case MOBILE -> maskMobile(value);
            case EMAIL -> maskEmail(value);
        };
    }

    static String maskMobile(String number) {
        if (number.length() < 7) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }

    static String maskEmail(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
