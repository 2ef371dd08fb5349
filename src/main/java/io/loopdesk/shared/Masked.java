package io.loopdesk.shared;

/**
 * How a phone number or an e-mail address is shown to someone who may know that there is one but not what it is:
 * {@code 138****1234}, {@code l***@example.com}. One rule for tickets, accounts and the audit trail.
 */
public final class Masked {

    private Masked() {}

    /** The first three and last four digits; a number too short for that is masked whole. */
    public static String mobile(String number) {
        if (number.length() < 7) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 3) + "****" + number.substring(number.length() - 4);
    }

    /** The first character of the mailbox and the whole domain. */
    public static String email(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }
}
