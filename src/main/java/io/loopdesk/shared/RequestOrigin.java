package io.loopdesk.shared;

import java.util.Optional;

/**
 * Where the work on this thread came from, for records that name it (the audit trail). The domain asks this instead
 * of reaching into the servlet request; work no request started has no origin.
 */
public interface RequestOrigin {

    /** The client address of the request this thread serves, if it serves one. */
    Optional<String> clientAddress();
}
