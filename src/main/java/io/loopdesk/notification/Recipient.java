package io.loopdesk.notification;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Who a notification goes to, by channel; each kind checks its address when it is made. */
public sealed interface Recipient {

    NotificationChannel channel();

    /** The address as stored and shown in the delivery log. */
    String address();

    /** The first of the candidates (a ticket's contact, an account's address, ...) that is an e-mail address. */
    static Optional<Email> anyEmail(@Nullable String... candidates) {
        return first(Email::new, candidates);
    }

    /** The first of the candidates that is a mobile number. */
    static Optional<Mobile> anyMobile(@Nullable String... candidates) {
        return first(Mobile::new, candidates);
    }

    private static <R> Optional<R> first(Function<String, R> kind, @Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                return Optional.of(kind.apply(candidate));
            } catch (IllegalArgumentException notThisKind) {
                // a mobile number is not an e-mail address and the other way round: try the next one
            }
        }
        return Optional.empty();
    }

    /**
     * An e-mail address: something at a domain, e.g. {@code root@localhost}, as mail servers take them (a customer
     * who wrote from such an address is answered there); the server has the last word.
     */
    record Email(String address) implements Recipient {
        private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+");

        public Email {
            address = address.strip();
            if (!SHAPE.matcher(address).matches()) {
                throw new IllegalArgumentException("Not an e-mail address: " + address);
            }
        }

        @Override
        public NotificationChannel channel() {
            return NotificationChannel.EMAIL;
        }
    }

    /** A mobile number that takes text messages, e.g. {@code 13812341234} or {@code +8613812341234}. */
    record Mobile(String address) implements Recipient {
        private static final Pattern SHAPE = Pattern.compile("\\+?[0-9]{6,15}");

        public Mobile {
            address = address.replaceAll("[\\s-]", "");
            if (!SHAPE.matcher(address).matches()) {
                throw new IllegalArgumentException("Not a mobile number: " + address);
            }
        }

        @Override
        public NotificationChannel channel() {
            return NotificationChannel.SMS;
        }
    }

    /** A member of staff, reached in Loopdesk itself. */
    record StaffUser(long userId) implements Recipient {
        @Override
        public NotificationChannel channel() {
            return NotificationChannel.IN_APP;
        }

        @Override
        public String address() {
            return "user:" + userId;
        }
    }

    /**
     * A system told by a signed HTTP POST, e.g. a brand's app backend: {@code endpoint} names it (such as
     * {@code app:12}) and the module that owns it resolves it to a URL and signing secret at delivery time
     * ({@link WebhookEndpoints}), so a changed URL or a rotated secret applies to retries too.
     */
    record Webhook(String endpoint) implements Recipient {
        public Webhook {
            if (endpoint.isBlank() || endpoint.length() > 320) {
                throw new IllegalArgumentException("Not a webhook endpoint: " + endpoint);
            }
        }

        @Override
        public NotificationChannel channel() {
            return NotificationChannel.WEBHOOK;
        }

        @Override
        public String address() {
            return endpoint;
        }
    }

    /** A staff group chat's company-IM robot, by its id; its URL and secret are read when the message is posted. */
    record Robot(long robotId) implements Recipient {

        static final String PREFIX = "robot:";

        @Override
        public NotificationChannel channel() {
            return NotificationChannel.IM_ROBOT;
        }

        @Override
        public String address() {
            return PREFIX + robotId;
        }
    }
}
