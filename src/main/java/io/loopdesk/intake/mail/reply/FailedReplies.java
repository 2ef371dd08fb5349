package io.loopdesk.intake.mail.reply;

import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationFailed;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reply the notification outbox gave up (its SMTP server refused it for good, or every attempt failed) has the
 * ticket and its people told ({@link UndeliveredReplies}). E-mails that are not replies (staff notices) are none of
 * this module's business.
 */
@Component
class FailedReplies {

    private final ReplyMailRepository replies;
    private final UndeliveredReplies undelivered;
    private final TransactionTemplate transactions;

    FailedReplies(
            ReplyMailRepository replies,
            UndeliveredReplies undelivered,
            PlatformTransactionManager transactionManager) {
        this.replies = replies;
        this.undelivered = undelivered;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @AsyncReaction
    void on(NotificationFailed failed) {
        if (failed.channel() != NotificationChannel.EMAIL) {
            return;
        }
        TenantScope.inTenant(
                failed.tenantId(),
                () -> transactions.executeWithoutResult(status -> replies.findById(failed.notificationId())
                        .ifPresent(
                                reply -> undelivered.tell(reply.ticketNumber(), reply.recipient(), failed.reason()))));
    }
}
