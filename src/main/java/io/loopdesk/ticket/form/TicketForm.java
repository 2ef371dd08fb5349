package io.loopdesk.ticket.form;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.ContactPoint;
import io.loopdesk.ticket.value.Device;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.RelatedLinks;
import io.loopdesk.ticket.value.Urgency;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks and normalises what a channel submits, against the tenant's {@link TicketFormRules}. Collects every
 * problem, so a form can mark all wrong fields at once; a rejected submission is never partly stored.
 */
public final class TicketForm {

    /** Column sizes; the database would refuse longer values, we say so first and clearly. */
    static final Map<TicketField, Integer> MAX_LENGTH = new EnumMap<>(Map.ofEntries(
            Map.entry(TicketField.CUSTOMER_NAME, 200),
            Map.entry(TicketField.CONTACT_PERSON, 200),
            Map.entry(TicketField.CONTACT, 254),
            Map.entry(TicketField.PRODUCT, 200),
            Map.entry(TicketField.TITLE, 300),
            Map.entry(TicketField.DESCRIPTION, 100_000),
            Map.entry(TicketField.EXTERNAL_USER_ID, 100),
            Map.entry(TicketField.PHONE, 30),
            Map.entry(TicketField.DEVICE_OS, 100),
            Map.entry(TicketField.DEVICE_MODEL, 100),
            Map.entry(TicketField.APP_VERSION, 50),
            Map.entry(TicketField.LOCATION, 100),
            Map.entry(TicketField.LIVE_ROOM_ID, 100),
            Map.entry(TicketField.PRODUCT_LINK, 1000),
            Map.entry(TicketField.ORDER_NUMBER, 100)));

    static final Pattern CATEGORY = Pattern.compile("[a-z0-9_-]{1,48}(\\.[a-z0-9_-]{1,48})?");

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,28}");

    /** Clocks of the systems that hand us feedback are not perfect; more than this in the future is a mistake. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final int DERIVED_TITLE_LENGTH = 60;

    private final TicketFormRules rules;
    private final ContactPoint.Source contactSource;
    private final List<FieldProblem> problems = new ArrayList<>();

    private TicketForm(TicketFormRules rules, ContactPoint.Source contactSource) {
        this.rules = rules;
        this.contactSource = contactSource;
    }

    /** The normalised content of a valid submission. */
    public record Valid(
            @Nullable String customerName,
            @Nullable String contactPerson,
            @Nullable ContactPoint contact,
            @Nullable String product,
            String title,
            String description,
            FeedbackType type,
            Urgency urgency,
            @Nullable String category,
            @Nullable String externalUserId,
            @Nullable String phone,
            Device device,
            @Nullable String location,
            RelatedLinks links,
            Instant firstReceivedAt) {

        /** The same content in the category the ticket was placed in. */
        public Valid placed(@Nullable String placedCategory) {
            return new Valid(
                    customerName,
                    contactPerson,
                    contact,
                    product,
                    title,
                    description,
                    type,
                    urgency,
                    placedCategory,
                    externalUserId,
                    phone,
                    device,
                    location,
                    links,
                    firstReceivedAt);
        }
    }

    /** @param contactSource where the contact comes from, which decides its syntax (see {@link Channel#contactSource}) */
    public static Valid validate(OpenTicket in, TicketFormRules rules, ContactPoint.Source contactSource, Instant now) {
        TicketForm form = new TicketForm(rules, contactSource);
        String description = form.text(TicketField.DESCRIPTION, in.description());
        if (description != null && description.codePointCount(0, description.length()) < rules.minDescriptionLength()) {
            form.problem(
                    TicketField.DESCRIPTION,
                    "too-short",
                    List.of(rules.minDescriptionLength()),
                    "The description must have at least " + rules.minDescriptionLength()
                            + " characters, so whoever handles it can understand the problem.");
        }
        ContactPoint contact = form.contact(in.contact());
        String phone = form.phone(in.phone());
        Device device = in.device() == null ? Device.UNKNOWN : in.device();
        RelatedLinks links = in.links() == null ? RelatedLinks.NONE : in.links();
        Valid valid = new Valid(
                form.text(TicketField.CUSTOMER_NAME, in.customerName()),
                form.text(TicketField.CONTACT_PERSON, in.contactPerson()),
                contact,
                form.text(TicketField.PRODUCT, in.product()),
                orEmpty(form.text(TicketField.TITLE, in.title())),
                orEmpty(description),
                in.type() == null ? FeedbackType.OTHER : in.type(),
                in.urgency() == null ? Urgency.NORMAL : in.urgency(),
                form.category(in.category()),
                form.text(TicketField.EXTERNAL_USER_ID, in.externalUserId()),
                phone,
                new Device(
                        form.text(TicketField.DEVICE_OS, device.os()),
                        form.text(TicketField.DEVICE_MODEL, device.model()),
                        form.text(TicketField.APP_VERSION, device.appVersion())),
                form.text(TicketField.LOCATION, in.location()),
                new RelatedLinks(
                        form.text(TicketField.LIVE_ROOM_ID, links.liveRoomId()),
                        form.link(links.productLink()),
                        form.text(TicketField.ORDER_NUMBER, links.orderNumber())),
                form.firstReceived(in.firstReceivedAt(), now));
        form.throwIfProblems();
        return valid.title().isEmpty() ? withDerivedTitle(valid) : valid;
    }

    /** Checks one edited field; returns the normalised value ({@code null} when cleared). */
    public static @Nullable String checkEdit(TicketField field, String value, TicketFormRules rules) {
        TicketForm form = new TicketForm(rules, ContactPoint.Source.TYPED);
        String result = switch (field) {
            case CONTACT -> {
                ContactPoint contact = form.contact(value);
                yield contact == null ? null : contact.value();
            }
            case PHONE -> form.phone(value);
            case PRODUCT_LINK -> form.link(value);
            default -> form.text(field, value);
        };
        form.throwIfProblems();
        return result;
    }

    public static @Nullable String checkCategory(String value) {
        TicketForm form = new TicketForm(TicketFormRules.DEFAULT, ContactPoint.Source.TYPED);
        String category = form.category(value);
        form.throwIfProblems();
        return category;
    }

    private @Nullable String text(TicketField field, @Nullable String raw) {
        String value = raw == null ? null : raw.strip();
        if (value == null || value.isEmpty()) {
            if (rules.requires(field)) {
                problem(field, "required", label(field) + " is required.");
            }
            return null;
        }
        int max = MAX_LENGTH.get(field);
        if (value.length() > max) {
            problem(field, "too-long", List.of(max), label(field) + " must not be longer than " + max + " characters.");
            return null;
        }
        return value;
    }

    private @Nullable ContactPoint contact(@Nullable String raw) {
        String value = text(TicketField.CONTACT, raw);
        if (value == null) {
            return null;
        }
        Optional<ContactPoint> contact = ContactPoint.read(value, contactSource);
        if (contact.isEmpty()) {
            problem(
                    TicketField.CONTACT,
                    "format",
                    contactSource == ContactPoint.Source.MAIL_HEADER
                            ? "Contact must be the e-mail address of the mail's sender."
                            : "Contact must be a mainland mobile number (11 digits, e.g. 13812341234) or an e-mail address.");
            return null;
        }
        if (!rules.contactKinds().contains(contact.get().kind())) {
            problem(
                    TicketField.CONTACT,
                    "kind",
                    "This desk accepts only "
                            + (rules.contactKinds().contains(ContactPoint.Kind.EMAIL)
                                    ? "an e-mail address"
                                    : "a mobile number")
                            + " as contact.");
            return null;
        }
        return contact.get();
    }

    private @Nullable String phone(@Nullable String raw) {
        String value = text(TicketField.PHONE, raw);
        if (value == null) {
            return null;
        }
        Optional<String> mobile = ContactPoint.mobile(value);
        if (mobile.isPresent()) {
            return mobile.get();
        }
        if (!PHONE.matcher(value).matches()) {
            problem(
                    TicketField.PHONE,
                    "format",
                    "Phone must be a telephone number: digits, spaces, dashes, a leading +.");
            return null;
        }
        return value;
    }

    private @Nullable String link(@Nullable String raw) {
        String value = text(TicketField.PRODUCT_LINK, raw);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problem(
                TicketField.PRODUCT_LINK,
                "format",
                "Product link must be a web address starting with http:// or https://.");
        return null;
    }

    private @Nullable String category(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!CATEGORY.matcher(value).matches()) {
            problems.add(
                    new FieldProblem(
                            "category",
                            "ticket.category.format",
                            "Category must be a code such as technical or technical.network (lower-case letters, digits, - and _)."));
            return null;
        }
        return value;
    }

    private Instant firstReceived(@Nullable Instant firstReceivedAt, Instant now) {
        if (firstReceivedAt == null) {
            return now;
        }
        if (firstReceivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new FieldProblem(
                    "firstReceivedAt", "ticket.firstReceivedAt.future", "The first-received time lies in the future."));
            return now;
        }
        return firstReceivedAt;
    }

    private void problem(TicketField field, String code, String message) {
        problem(field, code, List.of(), message);
    }

    private void problem(TicketField field, String code, List<Object> args, String message) {
        problems.add(new FieldProblem(field.apiName(), "ticket." + field.apiName() + "." + code, message, args));
    }

    private void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
    }

    private static String label(TicketField field) {
        String words = field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static Valid withDerivedTitle(Valid v) {
        return new Valid(
                v.customerName(),
                v.contactPerson(),
                v.contact(),
                v.product(),
                deriveTitle(v.description()),
                v.description(),
                v.type(),
                v.urgency(),
                v.category(),
                v.externalUserId(),
                v.phone(),
                v.device(),
                v.location(),
                v.links(),
                v.firstReceivedAt());
    }

    /** The first line of the description, shortened: what a list shows when nobody wrote a title. */
    public static String deriveTitle(String description) {
        String firstLine = description.strip().lines().findFirst().orElse("").strip();
        if (firstLine.codePointCount(0, firstLine.length()) <= DERIVED_TITLE_LENGTH) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, DERIVED_TITLE_LENGTH - 1)) + "…";
    }
}
