package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.ParsedMail;
import io.loopdesk.shared.Sha256;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a mail recognisable when it is read again: its Message-ID, or for a mail without one the fingerprint
 * of its content ({@link MailFingerprint}). At most 500 characters, as stored: a longer id is cut as it always was,
 * so a check and the record agree.
 *
 * @param formerly keys under which earlier versions recorded the same mail: the SHA-256 of its exact bytes, for
 *     mail without a Message-ID recorded before fingerprints were normalised. Still looked up, so such a mail read
 *     again after an upgrade (its acknowledgement was lost) makes no second ticket; not stored for new mail
 */
record MailKey(String value, List<String> formerly) {

    static final int MAX_LENGTH = 500;

    MailKey {
        value = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
        formerly = List.copyOf(formerly);
    }

    static MailKey of(ParsedMail mail) {
        return mail.messageId() != null ? new MailKey(mail.messageId(), List.of()) : ofContent(mail.raw());
    }

    /** For a mail without a Message-ID, or one that cannot even be parsed. */
    static MailKey ofContent(byte[] raw) {
        return new MailKey("fingerprint:" + MailFingerprint.of(raw), List.of("sha256:" + Sha256.hex(raw)));
    }

    /** The keys under which this mail may have been recorded. */
    List<String> all() {
        List<String> all = new ArrayList<>(formerly);
        all.addFirst(value);
        return all;
    }
}
