package io.loopdesk.tenant;

/** A way customers reach a brand that the platform can answer for it (seed 000's 托管范围). */
public enum HostedChannel {
    APP_FEEDBACK,
    EMAIL,
    LIVE_CHAT,
    PHONE
}
