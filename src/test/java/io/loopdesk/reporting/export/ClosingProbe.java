package io.loopdesk.reporting.export;

import java.io.ByteArrayOutputStream;

/** An output stream that remembers being closed, to show that a writer leaves the caller's stream open. */
final class ClosingProbe extends ByteArrayOutputStream {

    private boolean closed;

    @Override
    public void close() {
        closed = true;
    }

    boolean closed() {
        return closed;
    }
}
