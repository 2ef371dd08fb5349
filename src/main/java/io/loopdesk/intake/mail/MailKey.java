package io.loopdesk.intake.mail;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What makes a mail recognisable when it is read again: its Message-ID, or for a mail without one a fingerprint
 * of its content. At most 500 characters, as stored: a longer id is cut as it always was, so a check and the
 * record agree.
 */
record MailKey(String value) {

    static final int MAX_LENGTH = 500;

    MailKey {
        value = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    static MailKey of(ParsedMail mail) {
        return mail.messageId() != null ? new MailKey(mail.messageId()) : ofContent(mail.raw());
    }

    /** For a mail without a Message-ID, or one that cannot even be parsed. */
    static MailKey ofContent(byte[] raw) {
        return new MailKey("sha256:" + sha256(raw));
    }

    /** The keys under which this mail may have been recorded. */
    List<String> all() {
        return List.of(value);
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
