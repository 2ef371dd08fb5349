package io.loopdesk.intake.mail;

/** How a support mailbox is read. */
public enum MailProtocol {
    IMAP("imap", 143),
    IMAPS("imaps", 993),
    POP3("pop3", 110),
    POP3S("pop3s", 995);

    public final String store;
    final int defaultPort;

    public int defaultPort() {
        return defaultPort;
    }

    MailProtocol(String store, int defaultPort) {
        this.store = store;
        this.defaultPort = defaultPort;
    }

    public boolean isImap() {
        return this == IMAP || this == IMAPS;
    }
}
