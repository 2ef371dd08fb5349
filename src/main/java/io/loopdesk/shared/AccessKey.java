package io.loopdesk.shared;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret that lets a program in (an integration's API token, an app's key): a prefix naming its kind and 256
 * random bits. Only its SHA-256 is stored, so checking one is a hash and an indexed lookup, and a leaked database
 * gives away no usable key; the secret itself is shown once.
 *
 * @param secret the key itself
 */
public record AccessKey(String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new key of the kind {@code prefix} names ({@code ld_}, {@code lda_}). */
    public static AccessKey generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AccessKey(prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether {@code presented} could be a key of that kind at all; anything else is refused without a lookup. */
    public static boolean plausible(String prefix, String presented) {
        return presented.startsWith(prefix) && presented.length() >= 20 && presented.length() <= 100;
    }

    /** What is stored and looked up for {@code presented}. */
    public static String hashOf(String presented) {
        return Sha256.hex(presented);
    }

    public String hash() {
        return hashOf(secret);
    }

    /** What lists show to tell keys apart, such as {@code lda_AbCd}. */
    public String shown() {
        return secret.substring(0, 8);
    }

    @Override
    public String toString() {
        return "AccessKey[" + shown() + "…]";
    }
}
