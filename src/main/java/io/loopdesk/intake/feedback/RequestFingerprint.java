package io.loopdesk.intake.feedback;

import io.loopdesk.shared.Sha256;
import io.loopdesk.ticket.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * SHA-256 over everything a submission says: its fields (maps in key order) and each file's name and bytes. Two
 * requests with the same fingerprint are the same feedback, whatever order a client wrote its JSON in.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(Feedback feedback, List<Upload> files) {
        MessageDigest digest = Sha256.digest();
        Feedback canonical = new Feedback(
                feedback.userId(),
                feedback.contact(),
                feedback.contactName(),
                feedback.device(),
                feedback.region(),
                feedback.type(),
                feedback.title(),
                feedback.description(),
                feedback.links(),
                feedback.product(),
                feedback.sentAt(),
                feedback.attachmentDescriptions() == null ? null : new TreeMap<>(feedback.attachmentDescriptions()));
        digest.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        byte[] buffer = new byte[64 * 1024];
        for (Upload file : files) {
            digest.update(("\u0000file:" + file.filename() + "\u0000").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = file.content().open()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file.filename(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
