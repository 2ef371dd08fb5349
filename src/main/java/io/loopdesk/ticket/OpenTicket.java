package io.loopdesk.ticket;

import io.loopdesk.ticket.form.TicketFormRules;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a channel knows about a new ticket. Every field may be missing here; the tenant's {@link TicketFormRules}
 * decide what is required. The channel is not part of it: the channel code that opens the ticket says it.
 *
 * @param firstReceivedAt when the feedback first reached any of our systems (e.g. the mail's arrival); defaults
 *     to the registration time
 * @param requesterId the customer account the ticket belongs to; customers opening their own ticket are it
 */
public record OpenTicket(
        @Nullable String customerName,
        @Nullable String contactPerson,
        @Nullable String contact,
        @Nullable String product,
        @Nullable String title,
        @Nullable String description,
        @Nullable FeedbackType type,
        @Nullable Urgency urgency,
        @Nullable String category,
        @Nullable String externalUserId,
        @Nullable String phone,
        @Nullable Device device,
        @Nullable String location,
        @Nullable RelatedLinks links,
        @Nullable Instant firstReceivedAt,
        @Nullable Long requesterId) {

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for channels and tests. */
    public static final class Builder {
        private @Nullable String customerName;
        private @Nullable String contactPerson;
        private @Nullable String contact;
        private @Nullable String product;
        private @Nullable String title;
        private @Nullable String description;
        private @Nullable FeedbackType type;
        private @Nullable Urgency urgency;
        private @Nullable String category;
        private @Nullable String externalUserId;
        private @Nullable String phone;
        private @Nullable Device device;
        private @Nullable String location;
        private @Nullable RelatedLinks links;
        private @Nullable Instant firstReceivedAt;
        private @Nullable Long requesterId;

        private Builder() {}

        public Builder customer(
                @Nullable String customerName, @Nullable String contactPerson, @Nullable String contact) {
            this.customerName = customerName;
            this.contactPerson = contactPerson;
            this.contact = contact;
            return this;
        }

        public Builder product(@Nullable String product) {
            this.product = product;
            return this;
        }

        public Builder title(@Nullable String title) {
            this.title = title;
            return this;
        }

        public Builder description(@Nullable String description) {
            this.description = description;
            return this;
        }

        public Builder type(@Nullable FeedbackType type) {
            this.type = type;
            return this;
        }

        public Builder urgency(@Nullable Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        public Builder category(@Nullable String category) {
            this.category = category;
            return this;
        }

        public Builder externalUserId(@Nullable String externalUserId) {
            this.externalUserId = externalUserId;
            return this;
        }

        public Builder phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder device(@Nullable Device device) {
            this.device = device;
            return this;
        }

        public Builder location(@Nullable String location) {
            this.location = location;
            return this;
        }

        public Builder links(@Nullable RelatedLinks links) {
            this.links = links;
            return this;
        }

        public Builder firstReceivedAt(@Nullable Instant firstReceivedAt) {
            this.firstReceivedAt = firstReceivedAt;
            return this;
        }

        public Builder requesterId(@Nullable Long requesterId) {
            this.requesterId = requesterId;
            return this;
        }

        public OpenTicket build() {
            return new OpenTicket(
                    customerName,
                    contactPerson,
                    contact,
                    product,
                    title,
                    description,
                    type,
                    urgency,
                    category,
                    externalUserId,
                    phone,
                    device,
                    location,
                    links,
                    firstReceivedAt,
                    requesterId);
        }
    }
}
