package io.loopdesk.identity;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules for what a person's account may hold. Names and addresses end up in e-mail headers, logs and CSV
 * exports, so a line break or another control character in them is refused rather than stored: in a header it
 * would start a new header ({@code Bcc:}), in a log a forged line.
 */
final class UserFields {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");
    /** Any mailbox a mail server accepts, internationalised ones included; the mail server checks the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,30}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 254;

    private UserFields() {}

    static void username(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidUserException(
                    "username",
                    "identity.username.format",
                    "A username has 2–100 letters, digits, dots, dashes, underscores or @.");
        }
    }

    static void displayName(String displayName) {
        if (displayName.isBlank()) {
            throw new InvalidUserException("displayName", "identity.displayName.required", "A name is required.");
        }
        if (displayName.length() > MAX_NAME || CONTROL.matcher(displayName).find()) {
            throw new InvalidUserException(
                    "displayName",
                    "identity.displayName.format",
                    "A name is one line of at most 200 characters.",
                    MAX_NAME);
        }
    }

    static void email(@Nullable String email) {
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new InvalidUserException(
                    "email",
                    "identity.email.format",
                    "Not an e-mail address: it needs one @ and no spaces or line breaks.");
        }
    }

    static void phone(@Nullable String phone) {
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidUserException(
                    "phone",
                    "identity.phone.format",
                    "A phone number has digits, and may have +, spaces, dashes or ().");
        }
    }

    /** {@code name} made fit for an account: control characters (a line break in a mail header) become spaces. */
    static String cleanName(String name) {
        String cleaned = CONTROL.matcher(name).replaceAll(" ").strip();
        return cleaned.length() > MAX_NAME ? cleaned.substring(0, MAX_NAME) : cleaned;
    }
}
