package io.loopdesk.ticket.web;

import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.Urgency;
import org.jspecify.annotations.Nullable;

/** What the registration and feedback forms post; kept as typed so a refused form shows it again. */
public record TicketFormData(
        @Nullable String customerAccount,
        @Nullable String customerName,
        @Nullable String contactPerson,
        @Nullable String contact,
        @Nullable String phone,
        @Nullable String product,
        @Nullable String title,
        @Nullable FeedbackType type,
        @Nullable Urgency urgency,
        @Nullable String category,
        @Nullable String description,
        @Nullable String externalUserId,
        @Nullable String deviceOs,
        @Nullable String deviceModel,
        @Nullable String appVersion,
        @Nullable String location,
        @Nullable String liveRoomId,
        @Nullable String productLink,
        @Nullable String orderNumber) {

    static TicketFormData empty() {
        return new TicketFormData(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Urgency.NORMAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static TicketFormData forCustomer(String name, @Nullable String contact, @Nullable String phone) {
        return new TicketFormData(
                null,
                name,
                name,
                contact,
                phone,
                null,
                null,
                FeedbackType.FAULT,
                Urgency.NORMAL,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    OpenTicket toCommand(@Nullable Long requesterId) {
        return OpenTicket.builder()
                .customer(customerName, contactPerson, contact)
                .phone(phone)
                .product(product)
                .title(title)
                .type(type)
                .urgency(urgency)
                .category(category)
                .description(description)
                .externalUserId(externalUserId)
                .device(new Device(deviceOs, deviceModel, appVersion))
                .location(location)
                .links(new RelatedLinks(liveRoomId, productLink, orderNumber))
                .requesterId(requesterId)
                .build();
    }
}
