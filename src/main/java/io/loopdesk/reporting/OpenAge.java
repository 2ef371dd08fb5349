package io.loopdesk.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How long an open ticket has waited, in whole days since the day it was registered (in the tenant's time zone):
 * calendar days, so a figure reads the same whenever in the day it is looked at.
 */
public enum OpenAge {
    TODAY(0),
    ONE_TO_TWO_DAYS(1),
    THREE_TO_SIX_DAYS(3),
    ONE_TO_FOUR_WEEKS(7),
    OVER_FOUR_WEEKS(30);

    private final int fromDaysAgo;

    OpenAge(int fromDaysAgo) {
        this.fromDaysAgo = fromDaysAgo;
    }

    /** The oldest day (days since 1970-01-01) of each age but the last, newest first, seen on {@code today}. */
    static List<Long> boundDays(LocalDate today) {
        OpenAge[] ages = values();
        List<Long> bounds = new ArrayList<>(ages.length - 1);
        for (int age = 0; age < ages.length - 1; age++) {
            bounds.add(today.minusDays(ages[age + 1].fromDaysAgo - 1L).toEpochDay());
        }
        return bounds;
    }
}
