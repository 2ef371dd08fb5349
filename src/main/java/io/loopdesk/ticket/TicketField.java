package io.loopdesk.ticket;

/** The fields of the registration form a tenant can make required; {@link #apiName()} is the JSON name. */
public enum TicketField {
    CUSTOMER_NAME("customerName"),
    CONTACT_PERSON("contactPerson"),
    CONTACT("contact"),
    PRODUCT("product"),
    DESCRIPTION("description"),
    TITLE("title"),
    EXTERNAL_USER_ID("externalUserId"),
    PHONE("phone"),
    DEVICE_OS("deviceOs"),
    DEVICE_MODEL("deviceModel"),
    APP_VERSION("appVersion"),
    LOCATION("location"),
    LIVE_ROOM_ID("liveRoomId"),
    PRODUCT_LINK("productLink"),
    ORDER_NUMBER("orderNumber");

    private final String apiName;

    TicketField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
