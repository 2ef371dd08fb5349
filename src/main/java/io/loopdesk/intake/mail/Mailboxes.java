package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.intake.mail.reading.MailboxReader;
import io.loopdesk.intake.mail.reply.ReplyMail;
import io.loopdesk.intake.mail.reply.ReplyMailRepository;
import io.loopdesk.notification.DeliveryState;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A tenant's support mailboxes, for its admins: set up, test, read now, and see what came in and went out. */
@Service
public class Mailboxes {

    private final ApplicationEventPublisher events;
    private final MailboxRepository mailboxes;
    private final InboundMailRepository inbound;
    private final ReplyMailRepository replies;
    private final Notifications notifications;
    private final CredentialCipher cipher;
    private final MailPolling polling;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    Mailboxes(
            ApplicationEventPublisher events,
            MailboxRepository mailboxes,
            InboundMailRepository inbound,
            ReplyMailRepository replies,
            Notifications notifications,
            CredentialCipher cipher,
            MailPolling polling,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.mailboxes = mailboxes;
        this.inbound = inbound;
        this.replies = replies;
        this.notifications = notifications;
        this.cipher = cipher;
        this.polling = polling;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public List<MailboxView> of(Actor actor) {
        requireAdmin(actor);
        return inScope(
                actor,
                () -> mailboxes.findByTenantIdOrderByName(actor.tenantId()).stream()
                        .map(Mailbox::view)
                        .toList());
    }

    /** @throws MailboxRefusedException naming the address when the tenant has a mailbox with it already (409) */
    public MailboxView create(MailboxSettings settings, Actor actor) {
        requireAdmin(actor);
        if (settings.password() == null || settings.password().isEmpty()) {
            throw new MailboxRefusedException("password", "The mailbox needs its password.");
        }
        return inScope(actor, () -> {
            requireFreeAddress(actor.tenantId(), settings, -1);
            MailboxView created = unique(
                    settings,
                    () -> mailboxes.saveAndFlush(new Mailbox(
                            actor.tenantId(),
                            settings,
                            cipher.encrypt(settings.password()),
                            settings.smtpPassword() == null
                                            || settings.smtpPassword().isEmpty()
                                    ? null
                                    : cipher.encrypt(settings.smtpPassword()))));
            events.publishEvent(new Audited(actor.tenantId(), "mailbox.added", created.address(), null, created));
            return created;
        });
    }

    /** Changes a mailbox; empty passwords keep the stored ones. Refused like {@link #create} for a taken address. */
    public MailboxView change(long id, MailboxSettings settings, Actor actor) {
        requireAdmin(actor);
        return inScope(actor, () -> {
            Mailbox mailbox = own(id, actor);
            MailboxView before = mailbox.view();
            requireFreeAddress(mailbox.tenantId(), settings, id);
            String secret = settings.password() == null || settings.password().isEmpty()
                    ? mailbox.secret()
                    : cipher.encrypt(settings.password());
            String smtpSecret =
                    settings.smtpPassword() == null || settings.smtpPassword().isEmpty()
                            ? mailbox.smtpSecret()
                            : cipher.encrypt(settings.smtpPassword());
            mailbox.change(settings, secret, smtpSecret);
            MailboxView after = unique(settings, () -> mailboxes.saveAndFlush(mailbox));
            // the passwords are in no view; the trail says only that one was replaced
            boolean newPassword =
                    !(settings.password() == null || settings.password().isEmpty())
                            || !(settings.smtpPassword() == null
                                    || settings.smtpPassword().isEmpty());
            events.publishEvent(new Audited(
                    mailbox.tenantId(),
                    "mailbox.changed",
                    after.address() + (newPassword ? " (password replaced)" : ""),
                    before,
                    after));
            return after;
        });
    }

    private void requireFreeAddress(long tenantId, MailboxSettings settings, long exceptId) {
        if (mailboxes.existsByTenantIdAndAddressAndIdNot(tenantId, Mailbox.normalised(settings.address()), exceptId)) {
            throw MailboxRefusedException.addressTaken(settings.address().strip());
        }
    }

    /** Stores the mailbox; another admin taking the address at the same moment is refused the same way. */
    private static MailboxView unique(MailboxSettings settings, java.util.function.Supplier<Mailbox> save) {
        try {
            return save.get().view();
        } catch (DataIntegrityViolationException sameAddress) {
            throw MailboxRefusedException.addressTaken(settings.address().strip());
        }
    }

    /** Connects and opens the folder, without reading anything; the error explains what is wrong. */
    public String test(long id, Actor actor) {
        requireAdmin(actor);
        Mailbox mailbox = inScope(actor, () -> own(id, actor));
        MailboxView view = mailbox.view();
        try {
            Store store = Session.getInstance(MailboxReader.properties(view)).getStore(view.protocol().store);
            store.connect(view.host(), view.port(), view.username(), cipher.decrypt(mailbox.secret()));
            try {
                return store.getFolder(view.folder()).exists()
                        ? "OK"
                        : "Connected, but there is no folder " + view.folder();
            } finally {
                store.close();
            }
        } catch (MessagingException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Reads the mailbox now instead of waiting for the next poll; returns how many mails were handled. */
    public int readNow(long id, Actor actor) {
        requireAdmin(actor);
        inScope(actor, () -> own(id, actor));
        return polling.poll(id);
    }

    public List<InboundMailView> received(long id, Actor actor) {
        requireAdmin(actor);
        return inScope(
                actor,
                () -> inbound
                        .findByTenantIdAndMailboxIdOrderByReceivedAtDesc(
                                actor.tenantId(), own(id, actor).id(), Limit.of(100))
                        .stream()
                        .map(InboundMail::view)
                        .toList());
    }

    /** The tenant's last replies by e-mail, newest first, with how their delivery goes in the notification outbox. */
    public List<OutgoingMailView> sent(Actor actor) {
        requireAdmin(actor);
        return inScope(actor, () -> {
            List<ReplyMail> recent = replies.findByTenantIdOrderByCreatedAtDesc(actor.tenantId(), Limit.of(100));
            Map<Long, DeliveryState> deliveries =
                    notifications
                            .deliveryStates(recent.stream()
                                    .map(ReplyMail::notificationId)
                                    .toList())
                            .stream()
                            .collect(Collectors.toMap(DeliveryState::notificationId, Function.identity()));
            return recent.stream()
                    .filter(reply -> deliveries.containsKey(reply.notificationId()))
                    .map(reply -> OutgoingMailView.of(reply, deliveries.get(reply.notificationId())))
                    .toList();
        });
    }

    /** A received mail exactly as it arrived, e.g. a rejected one an admin wants to look at. */
    public byte[] raw(long inboundId, Actor actor) {
        requireAdmin(actor);
        return inScope(actor, () -> {
            InboundMail mail = inbound.findById(inboundId)
                    .filter(m -> m.view() != null)
                    .orElseThrow(() -> new MailboxRefusedException(
                            DomainException.Kind.NOT_FOUND,
                            "error.mail.inbound.unknown",
                            "No mail " + inboundId + ".",
                            String.valueOf(inboundId)));
            return jdbc.sql("select content from inbound_mail_raw where inbound_mail_id = ?")
                    .param(mail.id())
                    .query(byte[].class)
                    .single();
        });
    }

    private Mailbox own(long id, Actor actor) {
        return mailboxes
                .findById(id)
                .filter(m -> m.tenantId() == actor.tenantId() || actor.has(Role.PLATFORM_OPERATOR))
                .orElseThrow(() -> new MailboxRefusedException(
                        DomainException.Kind.NOT_FOUND,
                        "error.mail.mailbox.unknown",
                        "No mailbox " + id + ".",
                        String.valueOf(id)));
    }

    private <T> T inScope(Actor actor, java.util.function.Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.has(Role.TENANT_ADMIN) && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw new MailboxRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.mail.forbidden",
                    "Only the tenant's admins manage mailboxes.");
        }
    }
}
