package io.loopdesk.ticket.value;

import org.jspecify.annotations.Nullable;

/** Where the problem happened: a live room, a product page, an order. */
public record RelatedLinks(
        @Nullable String liveRoomId,
        @Nullable String productLink,
        @Nullable String orderNumber) {

    public static final RelatedLinks NONE = new RelatedLinks(null, null, null);
}
