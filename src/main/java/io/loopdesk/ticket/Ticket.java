package io.loopdesk.ticket;

import io.loopdesk.shared.Masked;
import io.loopdesk.shared.search.SearchAnalysis;
import io.loopdesk.ticket.form.TicketForm;
import io.loopdesk.ticket.form.TicketFormRules;
import io.loopdesk.ticket.numbering.TicketNumber;
import io.loopdesk.ticket.query.ContactMasking;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.ContactPoint;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.RatingSummary;
import io.loopdesk.ticket.view.TicketSummary;
import io.loopdesk.ticket.view.TicketView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/**
 * The ticket aggregate. Its methods are the things that can happen to a ticket; each guards the ticket's state
 * and records what changed as {@link Change}s, which {@link Tickets} stores in the append-only history in the
 * same transaction.
 *
 * <p>Updates write only the changed columns, and the fields the system maintains in the background (the SLA's due
 * time, the complaint flag and priority) do not count for optimistic locking: a background update never makes a
 * person's concurrent change fail, and a person's change never overwrites them.
 */
@Entity
@DynamicUpdate
@Indexed(index = "ticket")
public class Ticket {

    /** One field that changed, for the history. */
    public record Change(
            String field,
            @Nullable String before,
            @Nullable String after,
            @Nullable String note) {}

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    @GenericField(name = "ticketId", projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Long id;

    @TenantId
    private Long tenantId;

    @NaturalId
    @Column(updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Enumerated(EnumType.STRING)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    private FeedbackType feedbackType;

    private @Nullable String category;

    /**
     * The top level of the category, kept by the database (a generated column) for the category filter; written
     * never and read only in queries, so it may lag behind a category changed in this transaction.
     */
    @Column(insertable = false, updatable = false)
    private @Nullable String categoryRoot;

    private @Nullable String customerName;

    /**
     * Customer name, contact person, contact and phone in lower case, kept by the database (a generated column) for
     * the text filter; read only in queries, like {@link #categoryRoot}.
     */
    @Column(insertable = false, updatable = false)
    private @Nullable String contactText;

    private @Nullable String contactPerson;

    private @Nullable String contact;

    private @Nullable String product;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private String title;

    @Column(updatable = false)
    @FullTextField(name = "text", analyzer = SearchAnalysis.TEXT)
    private String description;

    private @Nullable String externalUserId;

    private @Nullable String phone;

    private @Nullable String deviceOs;

    private @Nullable String deviceModel;

    private @Nullable String appVersion;

    private @Nullable String location;

    private @Nullable String liveRoomId;

    private @Nullable String productLink;

    private @Nullable String orderNumber;

    private @Nullable Long requesterId;

    @Column(updatable = false)
    private @Nullable Long createdBy;

    private @Nullable Long assigneeId;

    private @Nullable Long teamId;

    /** The language the title and description are in (zh-CN, zh-TW, en...), or {@code null} where it could not tell. */
    private @Nullable String language;

    /** The ticket this one was merged into: its conversation carries on there, and so do new messages. */
    private @Nullable String mergedInto;

    @Column(updatable = false)
    private Instant firstReceivedAt;

    @Column(updatable = false)
    private Instant registeredAt;

    private Instant updatedAt;

    private @Nullable Instant firstResponseAt;

    private @Nullable Instant resolvedAt;

    private @Nullable Instant closedAt;

    @OptimisticLock(excluded = true)
    private Instant resolutionDueAt;

    private int reopenCount;

    @OptimisticLock(excluded = true)
    private boolean complaint;

    @Enumerated(EnumType.ORDINAL)
    @OptimisticLock(excluded = true)
    private TicketPriority priority = TicketPriority.NORMAL;

    /** The customer's rating in short (see {@link RatingSummary}); given after the work is done, so no lock. */
    @OptimisticLock(excluded = true)
    private @Nullable BigDecimal ratingAverage;

    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private @Nullable Satisfaction ratingSatisfaction;

    @Version
    private int version;

    @Transient
    private final List<Change> changes = new ArrayList<>();

    protected Ticket() {}

    Ticket(
            long tenantId,
            TicketNumber number,
            Channel channel,
            TicketForm.Valid form,
            @Nullable Long teamId,
            @Nullable Long requesterId,
            @Nullable Long createdBy,
            @Nullable String language,
            Instant now,
            Instant resolutionDueAt) {
        this.tenantId = tenantId;
        this.number = number.value();
        this.channel = channel;
        this.status = TicketStatus.NEW;
        this.urgency = form.urgency();
        this.feedbackType = form.type();
        this.category = form.category();
        this.customerName = form.customerName();
        this.contactPerson = form.contactPerson();
        this.contact = form.contact() == null ? null : form.contact().value();
        this.product = form.product();
        this.title = form.title();
        this.description = form.description();
        this.externalUserId = form.externalUserId();
        this.phone = form.phone();
        this.deviceOs = form.device().os();
        this.deviceModel = form.device().model();
        this.appVersion = form.device().appVersion();
        this.location = form.location();
        this.liveRoomId = form.links().liveRoomId();
        this.productLink = form.links().productLink();
        this.orderNumber = form.links().orderNumber();
        this.requesterId = requesterId;
        this.teamId = teamId;
        this.createdBy = createdBy;
        this.language = language;
        this.firstReceivedAt = form.firstReceivedAt();
        this.registeredAt = now;
        this.updatedAt = now;
        this.resolutionDueAt = resolutionDueAt;
        changes.add(new Change("status", null, TicketStatus.NEW.name(), "Ticket " + number + " opened via " + channel));
    }

    /**
     * Moves the ticket along its lifecycle.
     *
     * @return the move that was made
     * @throws TransitionNotAllowedException if the lifecycle does not allow it for these parties
     */
    TicketLifecycle.Transition moveTo(
            TicketStatus target, java.util.Set<TicketLifecycle.Party> parties, @Nullable String reason, Instant now) {
        TicketLifecycle.Transition transition = TicketLifecycle.check(status, target, parties, reason);
        TicketStatus before = status;
        status = target;
        switch (target) {
            case RESOLVED -> resolvedAt = now;
            case CLOSED -> closedAt = now;
            case IN_PROGRESS -> {
                if (transition.isReopen()) {
                    reopenCount++;
                    resolvedAt = null;
                }
            }
            case NEW, WAITING_CUSTOMER, AWAITING_CONFIRMATION -> {}
        }
        touch(now);
        changes.add(new Change("status", before.name(), target.name(), blankToNull(reason)));
        return transition;
    }

    /**
     * Closes the ticket as a duplicate of {@code target}, whatever open state it is in: its conversation now goes on
     * there. Not a move of the lifecycle a person makes, so no party rule applies; merging has its own checks.
     *
     * @return the status it had
     */
    TicketStatus mergeInto(String target, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(number);
        }
        TicketStatus before = status;
        status = TicketStatus.CLOSED;
        closedAt = now;
        mergedInto = target;
        touch(now);
        changes.add(new Change("status", before.name(), status.name(), null));
        changes.add(new Change("merged-into", null, target, null));
        return before;
    }

    /** Another ticket was merged into this one; its conversation now goes on here. */
    void mergedFrom(String source, String note, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(number);
        }
        touch(now);
        changes.add(new Change("merged-from", null, source, note));
    }

    @Nullable
    String mergedInto() {
        return mergedInto;
    }

    /** A message was written on the ticket; a staff reply is the first response, a customer's answer resumes work. */
    @Nullable
    TicketStatus messageAdded(MessageKind kind, boolean fromCustomer, String authorKind, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(number);
        }
        touch(now);
        changes.add(new Change(
                "message", null, kind.name(), (fromCustomer ? "customer" : authorKind) + " wrote a message"));
        if (!fromCustomer && kind == MessageKind.PUBLIC_REPLY && firstResponseAt == null) {
            firstResponseAt = now;
        }
        if (fromCustomer && status == TicketStatus.WAITING_CUSTOMER) {
            changes.add(new Change("status", status.name(), TicketStatus.IN_PROGRESS.name(), null));
            status = TicketStatus.IN_PROGRESS;
            return status;
        }
        return null;
    }

    void progressRecorded(ProgressLabel label, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(number);
        }
        touch(now);
        changes.add(new Change("progress", null, label.name(), null));
    }

    /** Puts the ticket in a team's queue and/or on one person's desk; either may be empty. */
    void assignTo(@Nullable Long team, @Nullable Long assignee, @Nullable String note, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(number);
        }
        if (!Objects.equals(teamId, team)) {
            changes.add(new Change("team", str(teamId), str(team), blankToNull(note)));
            teamId = team;
            touch(now);
        }
        if (!Objects.equals(assigneeId, assignee)) {
            changes.add(new Change("assignee", str(assigneeId), str(assignee), blankToNull(note)));
            assigneeId = assignee;
            touch(now);
        }
    }

    /** Applies an edit of the editable fields; {@code rules} check every new value. */
    void edit(TicketEdit edit, TicketFormRules rules, Instant now) {
        if (status == TicketStatus.CLOSED) {
            throw new TicketClosedException(number);
        }
        customerName = text(TicketField.CUSTOMER_NAME, customerName, edit.customerName(), rules);
        contactPerson = text(TicketField.CONTACT_PERSON, contactPerson, edit.contactPerson(), rules);
        contact = text(TicketField.CONTACT, contact, edit.contact(), rules);
        product = text(TicketField.PRODUCT, product, edit.product(), rules);
        String newTitle = text(TicketField.TITLE, title, edit.title(), rules);
        title = newTitle == null ? TicketForm.deriveTitle(description) : newTitle;
        externalUserId = text(TicketField.EXTERNAL_USER_ID, externalUserId, edit.externalUserId(), rules);
        phone = text(TicketField.PHONE, phone, edit.phone(), rules);
        deviceOs = text(TicketField.DEVICE_OS, deviceOs, edit.deviceOs(), rules);
        deviceModel = text(TicketField.DEVICE_MODEL, deviceModel, edit.deviceModel(), rules);
        appVersion = text(TicketField.APP_VERSION, appVersion, edit.appVersion(), rules);
        location = text(TicketField.LOCATION, location, edit.location(), rules);
        liveRoomId = text(TicketField.LIVE_ROOM_ID, liveRoomId, edit.liveRoomId(), rules);
        productLink = text(TicketField.PRODUCT_LINK, productLink, edit.productLink(), rules);
        orderNumber = text(TicketField.ORDER_NUMBER, orderNumber, edit.orderNumber(), rules);
        if (edit.category() != null) {
            String newCategory = edit.category().isBlank() ? null : TicketForm.checkCategory(edit.category());
            record("category", category, newCategory);
            category = newCategory;
        }
        if (edit.type() != null) {
            record("type", feedbackType.name(), edit.type().name());
            feedbackType = edit.type();
        }
        if (edit.urgency() != null && edit.urgency() != urgency) {
            // the due time follows through TicketReclassified: the SLA module recomputes it in business time
            record("urgency", urgency.name(), edit.urgency().name());
            urgency = edit.urgency();
        }
        if (!changes.isEmpty()) {
            touch(now);
        }
    }

    private @Nullable String text(
            TicketField field, @Nullable String current, @Nullable String edited, TicketFormRules rules) {
        if (edited == null) {
            return current;
        }
        String value = TicketForm.checkEdit(field, edited, rules);
        record(field.apiName(), current, value);
        return value;
    }

    private void record(String field, @Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after, null));
        }
    }

    /**
     * The SLA module computed the resolution due time in business time. Not a change of the work on the ticket:
     * {@code updatedAt} stays.
     */
    void slaResolutionDue(Instant due, String note) {
        if (status == TicketStatus.CLOSED || due.equals(resolutionDueAt)) {
            return;
        }
        changes.add(new Change("resolutionDueAt", resolutionDueAt.toString(), due.toString(), note));
        resolutionDueAt = due;
    }

    /**
     * Flags the ticket as a complaint and raises its priority to at least {@code raiseTo}.
     *
     * @return whether anything changed
     */
    boolean flagComplaint(String reason, TicketPriority raiseTo) {
        boolean changed = false;
        if (!complaint) {
            changes.add(new Change("complaint", "false", "true", reason));
            complaint = true;
            changed = true;
        }
        if (raiseTo.compareTo(priority) > 0) {
            changes.add(new Change("priority", priority.name(), raiseTo.name(), reason));
            priority = raiseTo;
            changed = true;
        }
        return changed;
    }

    /** The customer rated the solved ticket; a closed ticket takes its rating too. */
    void rated(RatingSummary rating) {
        changes.add(new Change(
                "rating",
                ratingAverage == null ? null : ratingAverage.toPlainString(),
                rating.average() == null ? null : rating.average().toPlainString(),
                rating.satisfaction().name()));
        ratingAverage = rating.average();
        ratingSatisfaction = rating.satisfaction();
    }

    private @Nullable RatingSummary rating() {
        return ratingSatisfaction == null ? null : new RatingSummary(ratingAverage, ratingSatisfaction);
    }

    Urgency urgency() {
        return urgency;
    }

    @Nullable
    String category() {
        return category;
    }

    /** Hands over the changes recorded since the last call, for the history. */
    List<Change> pullChanges() {
        List<Change> pulled = List.copyOf(changes);
        changes.clear();
        return pulled;
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    private static @Nullable String str(@Nullable Long value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public String number() {
        return number;
    }

    String title() {
        return title;
    }

    @Nullable
    String product() {
        return product;
    }

    TicketStatus status() {
        return status;
    }

    @Nullable
    Long requesterId() {
        return requesterId;
    }

    @Nullable
    Long assigneeId() {
        return assigneeId;
    }

    @Nullable
    Long teamId() {
        return teamId;
    }

    boolean isRequester(@Nullable Long userId) {
        return userId != null && userId.equals(requesterId);
    }

    TicketView view(boolean showContactDetails) {
        return new TicketView(
                number,
                tenantId,
                channel,
                status,
                urgency,
                feedbackType,
                category,
                customerName,
                contactPerson,
                showContactDetails || contact == null
                        ? contact
                        : ContactPoint.stored(contact).masked(),
                product,
                showContactDetails ? title : ContactMasking.mask(title),
                showContactDetails ? description : ContactMasking.mask(description),
                externalUserId,
                showContactDetails || phone == null ? phone : Masked.mobile(phone),
                new Device(deviceOs, deviceModel, appVersion),
                location,
                new RelatedLinks(liveRoomId, productLink, orderNumber),
                requesterId,
                createdBy,
                assigneeId,
                teamId,
                firstReceivedAt,
                registeredAt,
                updatedAt,
                firstResponseAt,
                resolvedAt,
                closedAt,
                resolutionDueAt,
                reopenCount,
                complaint,
                priority,
                rating(),
                language,
                mergedInto);
    }

    /** @param showContactDetails whether phone numbers and e-mail addresses in the title are shown unmasked */
    TicketSummary summary(boolean showContactDetails) {
        return new TicketSummary(
                number,
                tenantId,
                showContactDetails ? title : ContactMasking.mask(title),
                channel,
                status,
                urgency,
                feedbackType,
                category,
                customerName,
                requesterId,
                assigneeId,
                teamId,
                registeredAt,
                updatedAt,
                resolutionDueAt,
                complaint,
                priority,
                rating());
    }
}
