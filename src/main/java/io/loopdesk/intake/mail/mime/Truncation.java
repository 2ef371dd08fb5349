package io.loopdesk.intake.mail.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;

/**
 * Tells a message cut off in transfer or storage from one whose mailer merely forgot the closing boundary, which
 * is common and harmless (8 of the 106 Zammad corpus messages). Only a multipart without its closing boundary is
 * suspect; it is cut off when it has no part at all, or when its last part is base64 that stops within a group of
 * four characters, which no encoder writes.
 */
final class Truncation {

    private Truncation() {}

    static boolean cutOff(MimeMultipart unclosed, int count) throws MessagingException, IOException {
        if (count == 0) {
            return true;
        }
        MimeBodyPart last = (MimeBodyPart) unclosed.getBodyPart(count - 1);
        if (!"base64".equalsIgnoreCase(PartInfo.transferEncoding(last))) {
            return false;
        }
        try (InputStream raw = last.getRawInputStream()) {
            return TransferEncoding.base64Length(raw.readAllBytes()) % 4 != 0;
        }
    }
}
