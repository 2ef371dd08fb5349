package io.loopdesk.chat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One live conversation; its messages are {@link ChatMessage}s numbered by {@link #lastSeq}. */
@Entity
@Table(name = "chat")
class Chat {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_seq")
    @SequenceGenerator(name = "chat_seq", sequenceName = "chat_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    private ChatStatus status;

    private String visitorName;
    private String visitorKeyHash;
    private Instant visitorKeyUntil;
    private @Nullable Long agentId;
    private @Nullable String agentName;
    private Instant startedAt;
    private @Nullable Instant agentJoinedAt;
    private @Nullable Instant firstResponseAt;
    private @Nullable Instant closedAt;
    private @Nullable String ticketNumber;
    private int lastSeq;
    private @Nullable Long teamId;
    private @Nullable String skill;
    private @Nullable Instant escalatedAt;
    private @Nullable String transferNote;
    private @Nullable String transferredBy;
    private int visitorReadSeq;
    private int agentReadSeq;
    private int transcriptsMailed;
    private @Nullable Long customerId;
    private boolean vip;
    private @Nullable Long appId;
    private @Nullable String appUser;
    private @Nullable String source;

    @Version
    private long version;

    protected Chat() {}

    Chat(
            long tenantId,
            String visitorName,
            String visitorKeyHash,
            Instant visitorKeyUntil,
            Instant startedAt,
            @Nullable Long teamId,
            @Nullable String skill,
            @Nullable Long customerId,
            boolean vip) {
        this.tenantId = tenantId;
        this.customerId = customerId;
        this.vip = vip;
        this.teamId = teamId;
        this.skill = skill;
        this.status = ChatStatus.WAITING;
        this.visitorName = visitorName;
        this.visitorKeyHash = visitorKeyHash;
        this.visitorKeyUntil = visitorKeyUntil;
        this.startedAt = startedAt;
    }

    /** The chat of a brand's app user, known by the app's own user id. */
    Chat ofApp(@Nullable Long appId, @Nullable String appUser) {
        this.appId = appId;
        this.appUser = appUser;
        return this;
    }

    /** Where the widget the chat came from sits, as the brand labels it. */
    Chat from(@Nullable String source) {
        this.source = source;
        return this;
    }

    /** The number of the next message; the row's version makes two writers at once retry rather than share one. */
    int nextSeq() {
        return ++lastSeq;
    }

    void joinedBy(long agentId, String agentName, Instant at) {
        this.agentId = agentId;
        this.agentName = agentName;
        if (agentJoinedAt == null) {
            agentJoinedAt = at;
        }
        status = ChatStatus.ACTIVE;
    }

    /** Routing gave the chat to an agent; the visitor sees their name from now on. */
    void assignTo(long agentId, String agentName, Instant at) {
        joinedBy(agentId, agentName, at);
    }

    /** Handed to another agent by a colleague, with a note for them. */
    void transferTo(long agentId, String agentName, @Nullable String note, String byName, Instant at) {
        joinedBy(agentId, agentName, at);
        transferred(note, byName);
    }

    /** Handed back to the queue of a team, to go to one of its agents. */
    void transferToTeam(long teamId, @Nullable String note, String byName) {
        this.teamId = teamId;
        agentId = null;
        agentName = null;
        status = ChatStatus.WAITING;
        transferred(note, byName);
    }

    private void transferred(@Nullable String note, String byName) {
        transferNote = note;
        transferredBy = byName;
    }

    /** Nobody answered in time: the supervisors were told. */
    void escalated(Instant at) {
        escalatedAt = at;
    }

    boolean unanswered() {
        return status != ChatStatus.CLOSED && firstResponseAt == null && escalatedAt == null;
    }

    @Nullable
    Long teamId() {
        return teamId;
    }

    @Nullable
    String skill() {
        return skill;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** How long the chat ran after an agent got it; zero for one that is not over or never had an agent. */
    java.time.Duration handled() {
        return agentJoinedAt == null || closedAt == null
                ? java.time.Duration.ZERO
                : java.time.Duration.between(agentJoinedAt, closedAt);
    }

    void answered(Instant at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    void close(Instant at) {
        status = ChatStatus.CLOSED;
        closedAt = at;
    }

    /** Counts a transcript mailed at the visitor's request; false once the chat has had its share. */
    boolean mailTranscript(int most) {
        if (transcriptsMailed >= most) {
            return false;
        }
        transcriptsMailed++;
        return true;
    }

    ChatEnded ended() {
        return new ChatEnded(tenantId, id, startedAt, firstResponseAt, java.util.Objects.requireNonNull(closedAt));
    }

    void filedOn(String number) {
        ticketNumber = number;
    }

    /** A visitor's token stays good while they keep talking. */
    void visitorSeen(Instant until) {
        visitorKeyUntil = until;
    }

    long id() {
        return id;
    }

    long tenantId() {
        return tenantId;
    }

    ChatStatus status() {
        return status;
    }

    String visitorName() {
        return visitorName;
    }

    Instant visitorKeyUntil() {
        return visitorKeyUntil;
    }

    @Nullable
    Long agentId() {
        return agentId;
    }

    ChatView view() {
        return new ChatView(
                id,
                tenantId,
                status,
                visitorName,
                agentId,
                agentName,
                startedAt,
                firstResponseAt,
                closedAt,
                ticketNumber,
                lastSeq,
                skill,
                escalatedAt,
                transferNote,
                transferredBy,
                visitorReadSeq,
                agentReadSeq,
                customerId,
                vip,
                appId,
                appUser,
                source);
    }
}
