package io.loopdesk.ticket;

/** How a ticket reached us; set by the system from the way it arrived, never by the submitter, never changed. */
public enum Channel {
    /** The customer portal's feedback form. */
    WEB,
    /** A brand's app through the feedback API. */
    APP,
    EMAIL,
    /** An agent registered a phone call. */
    PHONE,
    CHAT,
    LIVE_ROOM,
    SOCIAL_MEDIA,
    OUTSIDE_SITE,
    /** An integration using the REST API with its own token. */
    API;

    /**
     * Whether the tenant's registration rules (required fields, minimum description) apply. They do for forms a
     * person fills in; a mail, a chat or an imported comment is taken as it came, since refusing it would lose it.
     */
    public boolean followsFormRules() {
        return switch (this) {
            case WEB, APP, PHONE, API -> true;
            case EMAIL, CHAT, LIVE_ROOM, SOCIAL_MEDIA, OUTSIDE_SITE -> false;
        };
    }
}
