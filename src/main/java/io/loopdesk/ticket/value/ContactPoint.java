package io.loopdesk.ticket.value;

import io.loopdesk.shared.Masked;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the customer: a mainland China mobile number or an e-mail address, normalised. What counts as an
 * address depends on where it came from ({@link Source}): a person typing into a form is held to the common shape,
 * so a typo is caught; the sender of a mail is taken as the mail names it.
 *
 * @param value {@code 13812341234} or {@code someone@example.com}
 */
public record ContactPoint(Kind kind, String value) {

    /** What a contact is. */
    public enum Kind {
        MOBILE,
        EMAIL
    }

    /** Where a contact came from, which decides the syntax it must have. */
    public enum Source {
        /** Typed by a person into a form: a mainland mobile, or an address with a dotted domain and a letter TLD. */
        TYPED,
        /**
         * The sender of a mail as its header names it: any RFC 5321 mailbox, with the UTF-8 of RFC 6531 (so
         * {@code root@localhost}, {@code bob@extern} and {@code jdöe@mächine.example} are addresses). Refusing
         * one would refuse the mail, and its sender is who it is. A mobile number is read as ever.
         */
        MAIL_HEADER
    }

    /** Mainland mobile numbers: 11 digits starting 13–19. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** Pragmatic address syntax: local part, one @, a dotted domain with a letter TLD; no spaces or brackets. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    /**
     * RFC 5321 {@code Mailbox} with RFC 6531's UTF-8: a dot-atom (atext or any non-ASCII character) or a quoted
     * local part; a domain of letter-digit-hyphen labels in any script (one label is a host such as
     * {@code localhost}) or an address literal such as {@code [192.0.2.1]}.
     */
    private static final Pattern MAIL_SENDER = mailSenderSyntax();

    private static final Pattern MOBILE_DECORATION = Pattern.compile("[\\s-]");

    /** Reads what a person typed: tolerates spaces, dashes and a +86/0086 prefix on mobiles. */
    public static Optional<ContactPoint> parse(String input) {
        String trimmed = input.strip();
        if (trimmed.contains("@")) {
            return EMAIL.matcher(trimmed).matches() && trimmed.length() <= 254
                    ? Optional.of(email(trimmed))
                    : Optional.empty();
        }
        return mobile(trimmed).map(number -> new ContactPoint(Kind.MOBILE, number));
    }

    /** Reads a contact by the syntax of where it came from: {@link #parse} for typed ones. */
    public static Optional<ContactPoint> read(String input, Source source) {
        return switch (source) {
            case TYPED -> parse(input);
            case MAIL_HEADER -> input.contains("@") ? mailSender(input) : parse(input);
        };
    }

    /** The sender of a mail as an e-mail contact, if it is an RFC 5321/6531 mailbox of at most 254 characters. */
    static Optional<ContactPoint> mailSender(String address) {
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        boolean fits = trimmed.length() <= 254
                && at > 0
                && trimmed.substring(0, at).getBytes(StandardCharsets.UTF_8).length <= 64;
        return fits && MAIL_SENDER.matcher(trimmed).matches() ? Optional.of(email(trimmed)) : Optional.empty();
    }

    /**
     * A contact as stored on a ticket, which was checked when it was stored: an address if it has an {@code @},
     * else a mobile number. Never use it for input.
     */
    public static ContactPoint stored(String value) {
        return new ContactPoint(value.contains("@") ? Kind.EMAIL : Kind.MOBILE, value);
    }

    private static Pattern mailSenderSyntax() {
        String atom = "[^\\s\\p{Z}\\p{Cntrl}\"(),.:;<>@\\[\\\\\\]]+";
        String quoted = "\"(?:[^\"\\\\\\p{Cntrl}]|\\\\[ -~])*\"";
        String label = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
        String literal = "\\[[^\\[\\]\\\\\\s]+\\]";
        return Pattern.compile("(?:" + atom + "(?:\\." + atom + ")*|" + quoted + ")@(?:" + label + "(?:\\." + label
                + ")*|" + literal + ")");
    }

    private static ContactPoint email(String address) {
        return new ContactPoint(Kind.EMAIL, address.toLowerCase(Locale.ROOT));
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
            case MOBILE -> Masked.mobile(value);
            case EMAIL -> Masked.email(value);
        };
    }
}
