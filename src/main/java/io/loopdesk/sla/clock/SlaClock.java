package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TimeBasis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One SLA clock of a ticket, as last replayed ({@link ClockState}), with what was done about it: whether its
 * warning went out and whether its breach was recorded, per cycle, and up to which cycle its outcome (met or missed)
 * is settled. {@code timerAt} is the next moment it waits for (its warning time, then its due time), which the
 * SLA module's sweep looks for ({@code SlaTracker#workOffDue}).
 */
@Entity
@Table(name = "sla_clock")
public class SlaClock {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_clock_seq")
    @SequenceGenerator(name = "sla_clock_seq", sequenceName = "sla_clock_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    @Enumerated(EnumType.STRING)
    private SlaTarget target;

    @Enumerated(EnumType.STRING)
    private TimeBasis basis;

    private long budgetSeconds;

    @Enumerated(EnumType.STRING)
    private ClockState.Phase phase;

    private int cycle;

    private long spentSeconds;

    private @Nullable Instant runningSince;

    private @Nullable Instant dueAt;

    private @Nullable Instant warnAt;

    private @Nullable Instant stoppedAt;

    private int warnedCycle;

    private int breachedCycle;

    private int settledCycle;

    private @Nullable Instant timerAt;

    @Version
    private int version;

    protected SlaClock() {}

    public SlaClock(long tenantId, long ticketId, SlaTarget target, Budget budget) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.target = target;
        retarget(budget);
        this.phase = ClockState.Phase.PENDING;
    }

    public void retarget(Budget budget) {
        this.basis = budget.basis();
        this.budgetSeconds = budget.amount().toSeconds();
    }

    public Budget budget() {
        return new Budget(Duration.ofSeconds(budgetSeconds), basis);
    }

    /**
     * Takes the replayed state.
     *
     * @return whether the due or warning time or the phase changed
     */
    public boolean apply(ClockState state) {
        boolean moved = state.phase() != phase
                || state.cycle() != cycle
                || !Objects.equals(state.dueAt(), dueAt)
                || !Objects.equals(state.warnAt(), warnAt);
        phase = state.phase();
        cycle = state.cycle();
        spentSeconds = state.spent().toSeconds();
        runningSince = state.runningSince();
        dueAt = state.dueAt();
        warnAt = state.warnAt();
        stoppedAt = state.stoppedAt();
        return moved;
    }

    public boolean needsWarning(Instant now) {
        return phase == ClockState.Phase.RUNNING && warnedCycle < cycle && warnAt != null && !warnAt.isAfter(now);
    }

    public boolean isBreached(Instant now) {
        boolean overdue = phase == ClockState.Phase.RUNNING && dueAt != null && !dueAt.isAfter(now);
        boolean late = phase == ClockState.Phase.STOPPED && spentSeconds > budgetSeconds;
        return breachedCycle < cycle && (overdue || late);
    }

    public void warned() {
        warnedCycle = cycle;
    }

    /** The breach of {@code cycle} (the current one, or an earlier one that stopped late) is recorded. */
    public void breached(int cycle) {
        breachedCycle = Math.max(breachedCycle, cycle);
        // a breach before the warning time (a budget shorter than a poll) needs no warning after it
        warnedCycle = Math.max(warnedCycle, cycle);
    }

    /**
     * Whether the outcome of {@code cycle} is settled. Cycles settle in order (a cycle starts only once the one
     * before it stopped, and a stop or a breach settles it), so one number per clock tells.
     */
    public boolean isSettled(int cycle) {
        return cycle <= settledCycle;
    }

    /** The outcome of {@code cycle}, and of every cycle before it, is settled. */
    public void settled(int cycle) {
        settledCycle = Math.max(settledCycle, cycle);
    }

    /**
     * Sets the next moment the clock waits for: its warning time while the warning of this cycle is still to go out
     * (unless the cycle is overdue from its start, as a resolution reopened after its budget ran out: that is not
     * warned first), else its due time while its breach is still to be recorded; none when it stands.
     */
    public void waitForNext() {
        boolean running = phase == ClockState.Phase.RUNNING;
        if (running && warnedCycle < cycle && warnAt != null && (dueAt == null || warnAt.isBefore(dueAt))) {
            timerAt = warnAt;
        } else if (running && breachedCycle < cycle && dueAt != null) {
            timerAt = dueAt;
        } else {
            timerAt = null;
        }
    }

    /** When the clock next needs attention without any event; {@code null} when it waits for nothing. */
    public @Nullable Instant timerAt() {
        return timerAt;
    }

    /** Tries again later: looking at the clock failed, and failing again at once would help nobody. */
    public void retryAt(Instant at) {
        timerAt = at;
    }

    /** Waits for nothing more: its ticket is gone. */
    public void stopWaiting() {
        timerAt = null;
    }

    long id() {
        return id;
    }

    /** Whether the clock has been handed to the repository yet (a new one is stored once its times are set). */
    public boolean isStored() {
        return id != null;
    }

    long tenantId() {
        return tenantId;
    }

    public long ticketId() {
        return ticketId;
    }

    public SlaTarget target() {
        return target;
    }

    public ClockState.Phase phase() {
        return phase;
    }

    public int cycle() {
        return cycle;
    }

    @Nullable
    public Instant dueAt() {
        return dueAt;
    }

    @Nullable
    Instant warnAt() {
        return warnAt;
    }

    ClockView view() {
        return new ClockView(
                target,
                basis,
                Duration.ofSeconds(budgetSeconds),
                phase,
                cycle,
                Duration.ofSeconds(spentSeconds),
                runningSince,
                dueAt,
                stoppedAt,
                cycle > 0 && warnedCycle >= cycle,
                cycle > 0 && breachedCycle >= cycle);
    }
}
