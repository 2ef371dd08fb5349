package io.loopdesk.intake;

import io.loopdesk.intake.feedback.FeedbackAppView;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.intake.mail.MailboxStatus;
import io.loopdesk.intake.mail.MailboxView;
import io.loopdesk.shared.TenantScope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A tenant's ways in as a health view sees them: each mailbox and app, configured and working or not. */
@Service
public class IntakeChannels {

    private final MailboxRepository mailboxes;
    private final FeedbackApps apps;
    private final TransactionTemplate reading;

    IntakeChannels(MailboxRepository mailboxes, FeedbackApps apps, PlatformTransactionManager transactionManager) {
        this.mailboxes = mailboxes;
        this.apps = apps;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    /** The tenant's mailboxes, then its app keys; revoked keys are left out. */
    public List<ChannelState> of(long tenantId) {
        List<ChannelState> states = new ArrayList<>();
        List<MailboxView> boxes = TenantScope.inTenant(
                tenantId,
                () -> reading.execute(status -> mailboxes.findByTenantIdOrderByName(tenantId).stream()
                        .map(Mailbox::view)
                        .toList()));
        for (MailboxView box : boxes) {
            states.add(new ChannelState(
                    ChannelState.Kind.MAILBOX,
                    box.address(),
                    box.enabled() && box.status() == MailboxStatus.OK,
                    box.lastSuccessAt(),
                    box.enabled() ? box.lastError() : null));
        }
        for (FeedbackAppView app : apps.ofTenant(tenantId)) {
            if (app.active()) {
                states.add(new ChannelState(ChannelState.Kind.APP, app.name(), true, app.lastUsedAt(), null));
            }
        }
        return states;
    }
}
