package io.loopdesk.ticket.relation;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who a ticket is from, unmasked, as stored: what decides whether two tickets are of the same customer (a merge
 * moves one's conversation into the other, which that customer then reads) and what a split ticket is opened for.
 */
record TicketCustomer(
        long ticketId,
        long tenantId,
        String number,
        String channel,
        @Nullable Long requesterId,
        @Nullable String customerName,
        @Nullable String contactPerson,
        @Nullable String contact,
        @Nullable String phone,
        @Nullable String externalUserId,
        @Nullable String product) {

    /**
     * Whether both are from one customer: the same account where both have one, otherwise the same e-mail address,
     * mobile number or app user.
     */
    boolean sameAs(TicketCustomer other) {
        if (tenantId != other.tenantId) {
            return false;
        }
        if (requesterId != null && other.requesterId != null) {
            return requesterId.equals(other.requesterId);
        }
        return same(lower(contact), lower(other.contact))
                || same(phone, other.phone)
                || same(externalUserId, other.externalUserId);
    }

    /** The name the customer's own words are shown under. */
    String name() {
        if (customerName != null && !customerName.isBlank()) {
            return customerName;
        }
        return contactPerson != null && !contactPerson.isBlank() ? contactPerson : "customer";
    }

    private static boolean same(@Nullable String one, @Nullable String other) {
        return one != null && !one.isBlank() && Objects.equals(one, other);
    }

    private static @Nullable String lower(@Nullable String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
