package io.loopdesk.reporting;

import java.util.Arrays;
import java.util.Optional;

/** What a report is broken down by; {@link #ALL} is no breakdown. The parameter value is {@link #param()}. */
public enum Dimension {
    ALL("all"),
    TEAM("team"),
    AGENT("agent"),
    /** The category a ticket is in (second level where it has one). */
    CATEGORY("category"),
    /** The top-level category. */
    CATEGORY_ROOT("categoryRoot"),
    CHANNEL("channel"),
    URGENCY("urgency"),
    PRODUCT("product"),
    /** Across tenants: platform operators only. */
    TENANT("tenant");

    private final String param;

    Dimension(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static Optional<Dimension> ofParam(String value) {
        return Arrays.stream(values()).filter(d -> d.param.equals(value)).findFirst();
    }
}
