package io.loopdesk.sla.calendar;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * A business calendar a tenant admin saved, for the whole tenant ({@code teamKey} 0) or for one team. Stored as the
 * text an admin reads (one column per weekday, {@code 09:00-18:00}), always written from a valid
 * {@link BusinessCalendar}.
 */
@Entity
@Table(name = "sla_calendar")
class SavedCalendar {

    /** The {@code teamKey} of a tenant's own calendar. */
    static final long TENANT = 0L;

    /** One holiday or make-up working day. */
    @Embeddable
    record Day(
            @Column(name = "special_date") LocalDate date,
            String name,
            @Enumerated(EnumType.STRING) SpecialDay.Kind kind) {}

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_calendar_seq")
    @SequenceGenerator(name = "sla_calendar_seq", sequenceName = "sla_calendar_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long teamKey;

    private String zone;

    private String monday;
    private String tuesday;
    private String wednesday;
    private String thursday;
    private String friday;
    private String saturday;
    private String sunday;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sla_calendar_day", joinColumns = @JoinColumn(name = "calendar_id"))
    private List<Day> days = new ArrayList<>();

    @Version
    private int version;

    protected SavedCalendar() {}

    SavedCalendar(long tenantId, long teamKey) {
        this.tenantId = tenantId;
        this.teamKey = teamKey;
    }

    void change(BusinessCalendar calendar) {
        zone = calendar.zone().getId();
        monday = hours(calendar, DayOfWeek.MONDAY);
        tuesday = hours(calendar, DayOfWeek.TUESDAY);
        wednesday = hours(calendar, DayOfWeek.WEDNESDAY);
        thursday = hours(calendar, DayOfWeek.THURSDAY);
        friday = hours(calendar, DayOfWeek.FRIDAY);
        saturday = hours(calendar, DayOfWeek.SATURDAY);
        sunday = hours(calendar, DayOfWeek.SUNDAY);
        days.clear();
        calendar.holidays().days().forEach(d -> days.add(new Day(d.date(), d.name(), d.kind())));
    }

    BusinessCalendar calendar() {
        WeeklyHours weekly = WeeklyHours.closed()
                .with(DayOfWeek.MONDAY, DayHours.parse(monday))
                .with(DayOfWeek.TUESDAY, DayHours.parse(tuesday))
                .with(DayOfWeek.WEDNESDAY, DayHours.parse(wednesday))
                .with(DayOfWeek.THURSDAY, DayHours.parse(thursday))
                .with(DayOfWeek.FRIDAY, DayHours.parse(friday))
                .with(DayOfWeek.SATURDAY, DayHours.parse(saturday))
                .with(DayOfWeek.SUNDAY, DayHours.parse(sunday));
        HolidaySchedule schedule = HolidaySchedule.of(days.stream()
                .map(d -> new SpecialDay(d.date(), d.name(), d.kind()))
                .toList());
        return new BusinessCalendar(ZoneId.of(zone), weekly, schedule);
    }

    long teamKey() {
        return teamKey;
    }

    private static String hours(BusinessCalendar calendar, DayOfWeek day) {
        return calendar.weeklyHours().on(day).toString();
    }
}
