package io.loopdesk.sla.autoclose;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The auto-close chain of one ticket (seed 003 §9): the episode of waiting it belongs to, the next step and when it
 * is due. A new wait starts a new episode; a step's timer carries episode and step in its id and does nothing if the
 * chain has moved on.
 */
@Entity
@Table(name = "sla_auto_close")
class WaitingChain {

    /** The chain's steps, in order. */
    enum Step {
        /** Next: remind the customer by e-mail and SMS. */
        REMIND,
        /** Next: move the ticket to awaiting confirmation and tell the customer. */
        AWAIT_CONFIRMATION,
        /** Next: confirm (resolved) and close. */
        CLOSE,
        /** Closed by the chain. */
        DONE,
        /** The customer answered, or staff moved the ticket on. */
        CANCELLED
    }

    @Id
    private Long ticketId;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    private int episode;

    private Instant waitingSince;

    @Enumerated(EnumType.STRING)
    private Step step;

    private @Nullable Instant nextAt;

    @Version
    private int version;

    protected WaitingChain() {}

    WaitingChain(long ticketId, long tenantId, String ticketNumber, Instant waitingSince) {
        this.ticketId = ticketId;
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.waitingSince = waitingSince;
        this.step = Step.CANCELLED;
    }

    /** The ticket started waiting for the customer: a new episode, first step the reminder. */
    void start(Instant since, Instant remindAt) {
        episode++;
        waitingSince = since;
        step = Step.REMIND;
        nextAt = remindAt;
    }

    void next(Step following, @Nullable Instant at) {
        step = following;
        nextAt = at;
    }

    void cancel() {
        step = Step.CANCELLED;
        nextAt = null;
    }

    boolean isActive() {
        return step == Step.REMIND || step == Step.AWAIT_CONFIRMATION || step == Step.CLOSE;
    }

    boolean isWaitingSince(Instant since) {
        return isActive() && waitingSince.equals(since);
    }

    long ticketId() {
        return ticketId;
    }

    long tenantId() {
        return tenantId;
    }

    String ticketNumber() {
        return ticketNumber;
    }

    int episode() {
        return episode;
    }

    Instant waitingSince() {
        return waitingSince;
    }

    Step step() {
        return step;
    }

    @Nullable
    Instant nextAt() {
        return nextAt;
    }
}
