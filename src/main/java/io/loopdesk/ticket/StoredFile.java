package io.loopdesk.ticket;

/**
 * A file kept in the attachment store after the checks every attachment passes ({@link CheckedFiles}).
 *
 * @param key where the store keeps the bytes
 * @param name the sender's name for it, made safe and ending as its real type does
 * @param mediaType what its bytes are, e.g. {@code image/png}
 * @param size bytes
 * @param sha256 hex
 */
public record StoredFile(String key, String name, String mediaType, long size, String sha256) {}
