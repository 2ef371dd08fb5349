package io.loopdesk.ticket.value;

import org.jspecify.annotations.Nullable;

/** The customer's device as their app reported it. */
public record Device(
        @Nullable String os,
        @Nullable String model,
        @Nullable String appVersion) {

    public static final Device UNKNOWN = new Device(null, null, null);
}
