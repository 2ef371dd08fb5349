package io.loopdesk.notification;

import java.util.Optional;

/**
 * Resolves the route of an e-mail ({@link EmailEnvelope#route()}) when it is sent: the module that named the route
 * provides this, e.g. the e-mail channel for its support mailboxes. One bean.
 */
public interface SmtpRoutes {

    /**
     * The route as it is now, with its password readable; empty when it is gone (the e-mail then fails for good).
     * Called outside any transaction.
     */
    Optional<SmtpRoute> resolve(long tenantId, String route);
}
