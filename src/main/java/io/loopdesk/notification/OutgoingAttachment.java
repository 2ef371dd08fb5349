package io.loopdesk.notification;

/** A file to send with an e-mail, as {@link AttachmentSource} read it. */
public record OutgoingAttachment(String filename, String contentType, byte[] content) {}
