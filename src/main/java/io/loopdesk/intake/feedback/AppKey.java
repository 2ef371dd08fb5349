package io.loopdesk.intake.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An app's secret key: {@code lda_} and 256 random bits. Stored only as SHA-256; checking one is a hash and an
 * indexed lookup, and a leaked database gives away no usable key.
 *
 * @param secret the key itself, shown to the admin once
 */
record AppKey(String secret) {

    static final String PREFIX = "lda_";
    private static final SecureRandom RANDOM = new SecureRandom();

    static AppKey generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AppKey(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code presented} could be a key at all; anything else is refused without a lookup. */
    static boolean plausible(String presented) {
        return presented.startsWith(PREFIX) && presented.length() >= 20 && presented.length() <= 100;
    }

    String hash() {
        return sha256(secret);
    }

    /** What lists show to tell keys apart: {@code lda_AbCd}. */
    String prefix() {
        return secret.substring(0, 8);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "AppKey[" + prefix() + "…]";
    }
}
