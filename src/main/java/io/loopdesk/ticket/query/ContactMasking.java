package io.loopdesk.ticket.query;

import io.loopdesk.shared.Masked;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the phone numbers and e-mail addresses inside free text, the way the contact fields are masked
 * ({@code 138****5678}, {@code w***@example.com}), for readers who may not see contact details. Mainland mobile
 * numbers are found with or without {@code +86}, spaces or dashes; digits that run on (an order number) are left.
 */
public final class ContactMasking {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,63}");

    private static final Pattern MOBILE =
            Pattern.compile("(?<![\\d+])(?:(?:\\+|00)86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d{4}){2}(?!\\d)");

    private ContactMasking() {}

    public static String mask(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String withoutMails = replace(EMAIL, text, Masked::email);
        return replace(MOBILE, withoutMails, found -> Masked.mobile(lastElevenDigits(found)));
    }

    static @org.jspecify.annotations.Nullable String maskNullable(@org.jspecify.annotations.Nullable String text) {
        return text == null ? null : mask(text);
    }

    private static String lastElevenDigits(String found) {
        String digits = found.replaceAll("\\D", "");
        return digits.substring(digits.length() - 11);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> masking) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(masking.apply(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
