package io.loopdesk.intake.mail.reply;

import io.loopdesk.intake.mail.CredentialCipher;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.intake.mail.MailboxView;
import io.loopdesk.notification.SmtpRoute;
import io.loopdesk.notification.SmtpRoutes;
import io.loopdesk.shared.TenantScope;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replies go out from their support mailbox, through its SMTP server: the route {@code mailbox:<id>} of a reply in
 * the notification outbox is resolved when it is sent, so a mailbox an admin fixed meanwhile is used as it is now.
 */
@Component
class MailboxRoutes implements SmtpRoutes {

    private static final String PREFIX = "mailbox:";

    private final MailboxRepository mailboxes;
    private final CredentialCipher cipher;
    private final TransactionTemplate transactions;

    MailboxRoutes(MailboxRepository mailboxes, CredentialCipher cipher, PlatformTransactionManager transactionManager) {
        this.mailboxes = mailboxes;
        this.cipher = cipher;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
    }

    /** The route of replies sent from this mailbox. */
    static String of(Mailbox mailbox) {
        return PREFIX + mailbox.id();
    }

    @Override
    public Optional<SmtpRoute> resolve(long tenantId, String route) {
        if (!route.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long id = Long.parseLong(route.substring(PREFIX.length()));
        return TenantScope.inTenant(
                        tenantId,
                        () -> transactions.execute(
                                status -> mailboxes.findById(id).filter(m -> m.tenantId() == tenantId)))
                .map(this::route);
    }

    private SmtpRoute route(Mailbox mailbox) {
        MailboxView view = mailbox.view();
        return new SmtpRoute(
                view.address(),
                view.name(),
                view.smtpHost(),
                view.smtpPort(),
                switch (view.smtpSecurity()) {
                    case NONE -> SmtpRoute.Security.NONE;
                    case STARTTLS -> SmtpRoute.Security.STARTTLS;
                    case SSL -> SmtpRoute.Security.SSL;
                },
                view.smtpUsername(),
                mailbox.smtpSecret() == null ? null : cipher.decrypt(mailbox.smtpSecret()));
    }
}
