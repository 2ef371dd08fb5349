package io.loopdesk.ticket.value;

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

    /**
     * Where the contact of a new ticket comes from: the sender's address in a mail's header for e-mail (taken as
     * the mail names it), what a person typed for every other channel.
     */
    public ContactPoint.Source contactSource() {
        return switch (this) {
            case EMAIL -> ContactPoint.Source.MAIL_HEADER;
            case WEB, APP, PHONE, CHAT, LIVE_ROOM, SOCIAL_MEDIA, OUTSIDE_SITE, API -> ContactPoint.Source.TYPED;
        };
    }
}
