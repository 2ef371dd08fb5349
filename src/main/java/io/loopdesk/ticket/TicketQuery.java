package io.loopdesk.ticket;

import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketPage;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A filtered, keyset-paged list request. Empty sets and {@code null}s mean "any"; build one with
 * {@link #builder()}.
 *
 * @param assignee who the tickets are assigned to
 * @param teams tickets of any of these teams
 * @param category a category code; a top-level code also matches its sub-categories
 * @param text what the title, description, number or a contact field (customer name, contact person, contact,
 *     phone) contains
 * @param overdue only open tickets past their resolution time
 * @param complaintsOnly only tickets flagged as complaints
 * @param rating only tickets rated so (or not rated yet)
 * @param language only tickets written in this language (a BCP 47 tag as detected: {@code zh-CN}, {@code en})
 * @param product only tickets about this product, exactly as registered (a report's drill-down)
 * @param tag only tickets carrying this tag
 * @param field only tickets with this value in one of the tenant's own fields
 * @param cursor where the previous page ended ({@link TicketPage#nextCursor()}), or {@code null} for the first page
 */
public record TicketQuery(
        Set<TicketStatus> statuses,
        @Nullable String category,
        AssigneeFilter assignee,
        Set<Long> teams,
        Set<Urgency> urgencies,
        Set<Channel> channels,
        @Nullable Instant createdFrom,
        @Nullable Instant createdTo,
        @Nullable String text,
        @Nullable Long requesterId,
        boolean overdue,
        boolean complaintsOnly,
        @Nullable RatingFilter rating,
        @Nullable String language,
        @Nullable String product,
        @Nullable String tag,
        @Nullable FieldFilter field,
        Order order,
        int limit,
        @Nullable String cursor) {

    /** The orders a list can be read in; each is a keyset order, so deep pages cost the same as the first. */
    public enum Order {
        NEWEST("registeredAt", false),
        OLDEST("registeredAt", true),
        RECENTLY_UPDATED("updatedAt", false),
        LEAST_RECENTLY_UPDATED("updatedAt", true),
        DUE_SOONEST("resolutionDueAt", true);

        private final String property;
        private final boolean ascending;

        Order(String property, boolean ascending) {
            this.property = property;
            this.ascending = ascending;
        }

        /** The ticket property the list is sorted by. */
        public String property() {
            return property;
        }

        public boolean ascending() {
            return ascending;
        }
    }

    /** Tickets by their customer's rating: not rated yet, or rated with this satisfaction. */
    public enum RatingFilter {
        UNRATED(null),
        DISSATISFIED(Satisfaction.DISSATISFIED),
        NEUTRAL(Satisfaction.NEUTRAL),
        SATISFIED(Satisfaction.SATISFIED),
        VERY_SATISFIED(Satisfaction.VERY_SATISFIED);

        private final @Nullable Satisfaction satisfaction;

        RatingFilter(@Nullable Satisfaction satisfaction) {
            this.satisfaction = satisfaction;
        }

        /** The satisfaction rated, or {@code null} for tickets not rated yet. */
        public @Nullable Satisfaction satisfaction() {
            return satisfaction;
        }
    }

    /**
     * Tickets with {@code value} in the tenant's field {@code key} (one of the options chosen, for a multiple
     * choice), or with any value when {@code value} is null.
     */
    public record FieldFilter(String key, @Nullable String value) {

        /** The filter a list's parameters ask for, or none when no key is given; a blank value means any. */
        public static @Nullable FieldFilter of(@Nullable String key, @Nullable String value) {
            if (key == null || key.isBlank()) {
                return null;
            }
            return new FieldFilter(key.strip(), value == null || value.isBlank() ? null : value.strip());
        }
    }

    /** Whose tickets: anybody's, nobody's, or one person's. */
    public sealed interface AssigneeFilter {
        record Any() implements AssigneeFilter {}

        record Unassigned() implements AssigneeFilter {}

        record User(long userId) implements AssigneeFilter {}

        AssigneeFilter ANY = new Any();
        AssigneeFilter UNASSIGNED = new Unassigned();
    }

    public TicketQuery {
        statuses = Set.copyOf(statuses);
        teams = Set.copyOf(teams);
        urgencies = Set.copyOf(urgencies);
        channels = Set.copyOf(channels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything, newest first. */
    public static TicketQuery all(int limit) {
        return builder().limit(limit).build();
    }

    /** Whether the query has a text to look for ("contains"). */
    public boolean filtersByText() {
        return text != null && !text.isBlank();
    }

    /** The same filters without statuses and paging: for counting per status. */
    public TicketQuery withoutStatuses() {
        return new TicketQuery(
                Set.of(),
                category,
                assignee,
                teams,
                urgencies,
                channels,
                createdFrom,
                createdTo,
                text,
                requesterId,
                overdue,
                complaintsOnly,
                rating,
                language,
                product,
                tag,
                field,
                order,
                limit,
                null);
    }

    /** Fluent construction; unset filters mean "any". */
    public static final class Builder {
        private Set<TicketStatus> statuses = Set.of();
        private @Nullable String category;
        private AssigneeFilter assignee = AssigneeFilter.ANY;
        private Set<Long> teams = Set.of();
        private Set<Urgency> urgencies = Set.of();
        private Set<Channel> channels = Set.of();
        private @Nullable Instant createdFrom;
        private @Nullable Instant createdTo;
        private @Nullable String text;
        private @Nullable Long requesterId;
        private boolean overdue;
        private boolean complaintsOnly;
        private @Nullable RatingFilter rating;
        private @Nullable String language;
        private @Nullable String product;
        private @Nullable String tag;
        private @Nullable FieldFilter field;
        private Order order = Order.NEWEST;
        private int limit = 50;
        private @Nullable String cursor;

        private Builder() {}

        public Builder statuses(Set<TicketStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        public Builder category(@Nullable String category) {
            this.category = category;
            return this;
        }

        public Builder assignee(AssigneeFilter assignee) {
            this.assignee = assignee;
            return this;
        }

        public Builder teams(Set<Long> teams) {
            this.teams = teams;
            return this;
        }

        public Builder urgencies(Set<Urgency> urgencies) {
            this.urgencies = urgencies;
            return this;
        }

        public Builder channels(Set<Channel> channels) {
            this.channels = channels;
            return this;
        }

        public Builder created(@Nullable Instant from, @Nullable Instant to) {
            this.createdFrom = from;
            this.createdTo = to;
            return this;
        }

        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        public Builder requester(@Nullable Long requesterId) {
            this.requesterId = requesterId;
            return this;
        }

        public Builder overdue(boolean overdue) {
            this.overdue = overdue;
            return this;
        }

        public Builder complaintsOnly(boolean complaintsOnly) {
            this.complaintsOnly = complaintsOnly;
            return this;
        }

        public Builder rating(@Nullable RatingFilter rating) {
            this.rating = rating;
            return this;
        }

        public Builder order(Order order) {
            this.order = order;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        public Builder product(@Nullable String product) {
            this.product = product == null || product.isBlank() ? null : product.strip();
            return this;
        }

        public Builder field(@Nullable FieldFilter field) {
            this.field = field;
            return this;
        }

        public Builder tag(@Nullable String tag) {
            this.tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        public TicketQuery build() {
            return new TicketQuery(
                    statuses,
                    category,
                    assignee,
                    teams,
                    urgencies,
                    channels,
                    createdFrom,
                    createdTo,
                    text,
                    requesterId,
                    overdue,
                    complaintsOnly,
                    rating,
                    language,
                    product,
                    tag,
                    field,
                    order,
                    limit,
                    cursor);
        }
    }
}
