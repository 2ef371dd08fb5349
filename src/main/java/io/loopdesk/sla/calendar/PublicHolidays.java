package io.loopdesk.sla.calendar;

import io.loopdesk.sla.SlaValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The public holidays and make-up working days Loopdesk knows, as data: one file per region and year,
 * {@code sla/holidays/CN-2026.csv} (see {@link HolidayYear} for the format), found at
 * {@code loopdesk.sla.holiday-data}. The default calendars of tenants in mainland China use every year there is; "add
 * China's holidays" adds one. A year without a file has no holidays: that is what the warnings from 1 November are
 * for ({@link HolidayCoverage}).
 */
public final class PublicHolidays {

    /** Mainland China. */
    public static final String CHINA = "CN";

    /** The locations Loopdesk ships its data at. */
    public static final String SHIPPED = "classpath*:sla/holidays/*.csv";

    private static final Pattern FILE_NAME = Pattern.compile("([A-Z]{2})-(\\d{4})\\.(csv|ics)");

    /** Region, then year, then the year's days. */
    private final Map<String, TreeMap<Integer, HolidaySchedule>> years;

    private PublicHolidays(Map<String, TreeMap<Integer, HolidaySchedule>> years) {
        this.years = years;
    }

    /**
     * Reads every file at these locations, a later location's replacing an earlier one's for the same region and
     * year.
     *
     * @throws IllegalStateException naming the file, if a file is misnamed, unreadable or wrong: nothing is guessed
     */
    static PublicHolidays load(ResourcePatternResolver resolver, List<String> locations) {
        Map<String, TreeMap<Integer, HolidaySchedule>> years = new TreeMap<>();
        for (String location : locations) {
            for (Resource file : resources(resolver, location)) {
                String name = String.valueOf(file.getFilename());
                Matcher parts = FILE_NAME.matcher(name);
                if (!parts.matches()) {
                    throw new IllegalStateException(
                            "Holiday data file " + file + " must be named REGION-YEAR.csv, e.g. CN-2027.csv");
                }
                int year = Integer.parseInt(parts.group(2));
                HolidayYear read = read(file);
                if (read.year() != year) {
                    throw new IllegalStateException(
                            "Holiday data file " + file + " lists the days of " + read.year() + ", not " + year);
                }
                years.computeIfAbsent(parts.group(1), region -> new TreeMap<>()).put(year, read.schedule());
            }
        }
        return new PublicHolidays(years);
    }

    /** The data Loopdesk ships, for tools and tests. */
    public static PublicHolidays shipped() {
        return load(new PathMatchingResourcePatternResolver(), List.of(SHIPPED));
    }

    /** The years the region has data for, in order. */
    public SortedSet<Integer> years(String region) {
        return Collections.unmodifiableSortedSet(
                new TreeSet<>(years.getOrDefault(region, new TreeMap<>()).keySet()));
    }

    /** One year of the region, if there is data for it. */
    public Optional<HolidaySchedule> year(String region, int year) {
        return Optional.ofNullable(years.getOrDefault(region, new TreeMap<>()).get(year));
    }

    /** Every year of the region together; where two years' files list a date, the later year's entry counts. */
    public HolidaySchedule all(String region) {
        Map<LocalDate, SpecialDay> byDate = new TreeMap<>();
        years.getOrDefault(region, new TreeMap<>())
                .values()
                .forEach(year -> year.days().forEach(day -> byDate.put(day.date(), day)));
        return HolidaySchedule.of(byDate.values());
    }

    private static Resource[] resources(ResourcePatternResolver resolver, String location) {
        try {
            return resolver.getResources(location.strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the holiday data at " + location, e);
        }
    }

    private static HolidayYear read(Resource file) {
        try {
            return HolidayYear.read(file.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday data file " + file, e);
        } catch (SlaValidationException e) {
            throw new IllegalStateException("Holiday data file " + file + " is wrong: " + e.getMessage(), e);
        }
    }
}
