package io.loopdesk.notification;

import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.mail.NotificationEmail;
import io.loopdesk.notification.robot.RobotRelay;
import io.loopdesk.notification.text.NoticeTexts;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's API. {@link #send} stores a notification and its delivery timer in the caller's
 * transaction: if the caller's change rolls back, nothing is sent; once it commits, the notification is delivered
 * (retried with backoff until it is, or until {@code loopdesk.notification.max-attempts}).
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final NotificationRepository notifications;
    private final DeliveryAttemptRepository attempts;
    private final EntityManager entities;
    private final Timers timers;
    private final NotificationProperties properties;
    private final UserAccounts users;
    private final Tenants tenants;
    private final NoticeTexts texts;
    private final ApplicationEventPublisher events;
    private final List<TicketMailThreads> threads;
    private final RobotRelay robots;
    private final Clock clock;

    Notifications(
            NotificationRepository notifications,
            DeliveryAttemptRepository attempts,
            EntityManager entities,
            Timers timers,
            NotificationProperties properties,
            UserAccounts users,
            Tenants tenants,
            NoticeTexts texts,
            ApplicationEventPublisher events,
            List<TicketMailThreads> threads,
            RobotRelay robots,
            Clock clock) {
        this.notifications = notifications;
        this.attempts = attempts;
        this.entities = entities;
        this.timers = timers;
        this.properties = properties;
        this.users = users;
        this.tenants = tenants;
        this.texts = texts;
        this.events = events;
        this.threads = List.copyOf(threads);
        this.robots = robots;
        this.clock = clock;
    }

    /**
     * Queues a notification for delivery after the current transaction commits; returns its id. An e-mail about a
     * ticket to the address that wrote to it by mail is threaded into that conversation ({@link TicketMailThreads}).
     */
    @Transactional
    public long send(NotificationRequest request) {
        if (request.to() instanceof Recipient.Email email && request.ticketNumber() != null) {
            for (TicketMailThreads thread : threads) {
                Optional<EmailEnvelope> envelope =
                        thread.envelopeFor(request.tenantId(), request.ticketNumber(), email.address());
                if (envelope.isPresent()) {
                    return sendEmail(request, envelope.get());
                }
            }
        }
        return store(request);
    }

    private long store(NotificationRequest request) {
        Instant now = clock.instant();
        Notification notification = notifications.save(
                new Notification(request, texts.forTenant(request.tenantId()), language(request), now));
        if (notification.channel() == NotificationChannel.IN_APP
                && !notification.notBefore().isAfter(now)) {
            // an in-app notice leaves nothing to contact: it is delivered by committing with the caller's change,
            // and a timer would only add work per notice
            attempts.save(notification.delivered(InAppSender.PROVIDER, now));
            if (notification.topic() != null) {
                events.publishEvent(new NotificationDelivered(
                        notification.tenantId(),
                        notification.id(),
                        notification.channel(),
                        notification.ticketNumber(),
                        notification.topic(),
                        now));
            }
            return notification.id();
        }
        // the key holds the new notification's id, so the timer cannot exist yet: no look-up before the insert
        timers.scheduleNew(List.of(new Timers.Planned(
                DeliveryTimer.TASK,
                new DeliveryKey(request.tenantId(), notification.id()).instanceId(),
                notification.notBefore())));
        return notification.id();
    }

    /**
     * Queues an e-mail with its envelope (threading headers, the route it goes out by, its files) like {@link #send}:
     * the same outbox, retries and delivery log as every notification.
     *
     * @throws IllegalArgumentException when the request is not for an e-mail address
     */
    @Transactional
    public long sendEmail(NotificationRequest request, EmailEnvelope envelope) {
        if (!(request.to() instanceof Recipient.Email)) {
            throw new IllegalArgumentException("An envelope goes with an e-mail, not with " + request.to());
        }
        long id = store(request);
        // its id is the notification's: persisted as new, not looked for first
        entities.persist(new NotificationEmail(request.tenantId(), id, envelope));
        return id;
    }

    /**
     * The recipient's language: the one the request names, else a staff member's own preference, else the
     * tenant's default language.
     */
    private Locale language(NotificationRequest request) {
        if (request.language() != null) {
            return request.language();
        }
        if (request.to() instanceof Recipient.StaffUser staff) {
            Locale preferred =
                    users.byId(staff.userId()).map(UserView::preferredLocale).orElse(null);
            if (preferred != null) {
                return preferred;
            }
        }
        return tenantLanguage(request.tenantId());
    }

    private Locale tenantLanguage(long tenantId) {
        return tenants.byId(tenantId).map(TenantInfo::defaultLocale).orElse(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Tells each of these staff members in the app and, when they have an e-mail address, by e-mail as well: the
     * in-app notice in the language of whoever reads it, the e-mail in the person's preferred language. The tenant's
     * staff group chats hear of it too, through their IM robots, with these people @-mentioned.
     *
     * @param notBefore held back until then (e.g. the desk's next opening), or {@code null} for at once
     */
    @Transactional
    public void sendToStaff(
            long tenantId,
            Collection<UserView> staff,
            Phrase subject,
            Phrase body,
            @Nullable String ticketNumber,
            @Nullable Instant notBefore) {
        Locale tenantLanguage = tenantLanguage(tenantId);
        for (UserView user : staff) {
            Locale language = user.preferredLocale() == null ? tenantLanguage : user.preferredLocale();
            send(new NotificationRequest(
                    tenantId,
                    new Recipient.StaffUser(user.id()),
                    subject,
                    body,
                    ticketNumber,
                    notBefore,
                    language,
                    null));
            // a plain e-mail: threading into a mail conversation is for the customer who wrote in, never staff, and
            // looking for that conversation per notice is most of the cost of a burst of SLA notices
            Recipient.anyEmail(user.email())
                    .ifPresent(email -> store(new NotificationRequest(
                            tenantId, email, subject, body, ticketNumber, notBefore, language, null)));
        }
        if (!staff.isEmpty()) {
            robots.relay(
                            tenantId,
                            staff,
                            subject,
                            body,
                            ticketNumber,
                            notBefore,
                            texts.forTenant(tenantId),
                            tenantLanguage)
                    .forEach(this::send);
        }
    }

    /** A staff member's delivered in-app notifications, newest first, in the language they were sent in. */
    public List<NotificationView> inbox(long userId) {
        return inbox(userId, null);
    }

    /**
     * A staff member's delivered in-app notifications, newest first, in the reader's language (e.g. the page's);
     * {@code null} for the language each was sent in.
     */
    public List<NotificationView> inbox(long userId, @Nullable Locale reader) {
        return notifications
                .findByUserIdAndChannelAndStatusOrderBySentAtDescIdDesc(
                        userId, NotificationChannel.IN_APP, NotificationStatus.SENT, Limit.of(properties.inboxSize()))
                .stream()
                .map(viewer(reader))
                .toList();
    }

    /** Renders notifications in the reader's language with each tenant's notice texts, read once per tenant. */
    private java.util.function.Function<Notification, NotificationView> viewer(@Nullable Locale reader) {
        Map<Long, MessageSource> byTenant = new HashMap<>();
        return notification -> {
            MessageSource messages = byTenant.computeIfAbsent(notification.tenantId(), texts::forTenant);
            return reader == null ? notification.view(messages) : notification.view(messages, reader);
        };
    }

    /** How many of a staff member's in-app notifications are unread. */
    public long unread(long userId) {
        return notifications.countByUserIdAndChannelAndStatusAndReadAtIsNull(
                userId, NotificationChannel.IN_APP, NotificationStatus.SENT);
    }

    /** Marks every delivered in-app notification of the user read. */
    @Transactional
    public int markAllRead(long userId) {
        return notifications.markAllRead(userId, clock.instant());
    }

    /** One notification in the caller's tenant scope, as its recipient reads it. */
    public NotificationView byId(long id) {
        return notifications
                .findById(id)
                .map(n -> n.view(texts.forTenant(n.tenantId())))
                .orElseThrow(() -> new IllegalArgumentException("No notification " + id));
    }

    /** Every notification about a ticket in the caller's tenant scope, oldest first, as each recipient reads it. */
    public List<NotificationView> aboutTicket(String ticketNumber) {
        return aboutTicket(ticketNumber, null);
    }

    /**
     * Every notification about a ticket in the caller's tenant scope, oldest first, in the reader's language;
     * {@code null} for the language each was sent in.
     */
    public List<NotificationView> aboutTicket(String ticketNumber, @Nullable Locale reader) {
        return notifications.findByTicketNumberOrderByCreatedAtAscIdAsc(ticketNumber).stream()
                .map(viewer(reader))
                .toList();
    }

    /**
     * The latest {@code limit} events posted to a webhook endpoint in the caller's tenant scope, newest first, each
     * with its delivery state (sent, being retried with the last error, given up).
     */
    @Transactional(readOnly = true)
    public List<NotificationView> latestTo(Recipient.Webhook endpoint, int limit) {
        return notifications.latestWebhooks(endpoint.address(), Limit.of(limit)).stream()
                .map(viewer(null))
                .toList();
    }

    /** How far the delivery of each of these notifications got, in the caller's tenant scope; unknown ids are left out. */
    public List<DeliveryState> deliveryStates(Collection<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return List.of();
        }
        return notifications.findAllById(notificationIds).stream()
                .map(Notification::deliveryState)
                .toList();
    }

    /** The delivery log of these notifications, oldest attempt first. */
    public List<DeliveryView> deliveryLog(Collection<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return List.of();
        }
        return attempts.findByNotificationIdInOrderByAttemptedAtAscIdAsc(notificationIds).stream()
                .map(DeliveryAttempt::view)
                .toList();
    }
}
