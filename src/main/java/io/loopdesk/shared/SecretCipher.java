package io.loopdesk.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The one way Loopdesk keeps a secret at rest: AES-256-GCM under one of its {@link DataKey}s, a fresh nonce each
 * time, stored as base64 of nonce and ciphertext. A database dump alone gives nothing away; a changed text is refused
 * (GCM authenticates it).
 */
public final class SecretCipher {

    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey purpose;
    private final SecretKeySpec key;

    private SecretCipher(DataKey purpose, byte[] key) {
        this.purpose = purpose;
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The cipher of {@code purpose}: its key from {@code configured} (base64, 32 bytes) when given, else from its file
     * under {@code dataDir}, created on first use.
     */
    public static SecretCipher of(DataKey purpose, @Nullable String configured, Path dataDir) {
        return new SecretCipher(purpose, keyBytes(purpose, configured, dataDir));
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    public String open(String sealed) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Stored " + purpose.protects() + " cannot be decrypted: was " + purpose.property() + " changed?",
                    e);
        }
    }

    private static byte[] keyBytes(DataKey purpose, @Nullable String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = Base64.getDecoder().decode(configured.strip());
            if (key.length != 32) {
                throw new IllegalStateException(purpose.property() + " must be 32 bytes, base64-encoded");
            }
            return key;
        }
        Path file = dataDir.resolve(purpose.file());
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(file.getParent());
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions protect it
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
