package io.loopdesk.ticket.savedview;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A column a ticket list can show besides the number and the title, which every list shows. */
public enum ViewColumn {
    CUSTOMER,
    STATUS,
    URGENCY,
    CHANNEL,
    TEAM,
    ASSIGNEE,
    REGISTERED,
    DUE,
    RATING;

    /** Every column: what a list shows when nobody chose. */
    public static Set<ViewColumn> all() {
        return EnumSet.allOf(ViewColumn.class);
    }

    static String write(Set<ViewColumn> columns) {
        return columns.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<ViewColumn> read(String stored) {
        Set<ViewColumn> columns = EnumSet.noneOf(ViewColumn.class);
        Arrays.stream(stored.split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> columns.add(ViewColumn.valueOf(name)));
        return columns;
    }
}
