package io.loopdesk.routing.duty;

import io.loopdesk.routing.ShiftView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hibernate.annotations.TenantId;

/** A weekly stretch in which a team must have someone on duty, e.g. Monday 09:00–18:00 Asia/Shanghai. */
@Entity
public class Shift {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shift_seq")
    @SequenceGenerator(name = "shift_seq", sequenceName = "shift_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long teamId;

    @Enumerated(EnumType.STRING)
    private DayOfWeek dayOfWeek;

    private String startsAt;

    private String endsAt;

    private String timeZone;

    protected Shift() {}

    public Shift(long tenantId, ShiftView view) {
        this.tenantId = tenantId;
        this.teamId = view.teamId();
        this.dayOfWeek = view.day();
        this.startsAt = view.start().toString();
        this.endsAt = view.end().toString();
        this.timeZone = view.zone().getId();
    }

    public long tenantId() {
        return tenantId;
    }

    public ShiftView view() {
        return new ShiftView(
                id, teamId, dayOfWeek, LocalTime.parse(startsAt), LocalTime.parse(endsAt), ZoneId.of(timeZone));
    }

    /** Whether {@code now} falls inside this shift, read by the shift's own clock. */
    public boolean covers(Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.of(timeZone));
        LocalTime time = local.toLocalTime();
        return local.getDayOfWeek() == dayOfWeek
                && !time.isBefore(LocalTime.parse(startsAt))
                && time.isBefore(LocalTime.parse(endsAt));
    }
}
