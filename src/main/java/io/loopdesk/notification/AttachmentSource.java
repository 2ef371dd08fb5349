package io.loopdesk.notification;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads the files of an e-mail ({@link EmailEnvelope#attachments()}) when it is sent, so the outbox keeps only their
 * references: each module that names files provides one, e.g. the e-mail channel for a reply's ticket files
 * ({@code ticket:…}), reports for the monthly report ({@code report:…}). The first that knows a reference opens it;
 * the others answer empty.
 */
public interface AttachmentSource {

    /**
     * The file, or empty when it is gone for good (the e-mail then fails for good). Called outside any transaction.
     *
     * @throws IOException when it cannot be read now (the e-mail is tried again later)
     */
    Optional<OutgoingAttachment> open(long tenantId, String reference) throws IOException;
}
