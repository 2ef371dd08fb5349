package io.loopdesk.ticket.view;

import java.io.InputStream;

/** A file about to be sent to someone allowed to read it; the caller closes {@code content}. */
public record AttachmentDownload(AttachmentView attachment, InputStream content) {}
