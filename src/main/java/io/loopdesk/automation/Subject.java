package io.loopdesk.automation;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What of a ticket a condition looks at, with the operators that make sense for it and the values it can take. */
public enum Subject {
    CHANNEL(names(Channel.values())),
    STATUS(names(TicketStatus.values())),
    URGENCY(names(Urgency.values())),
    TYPE(names(FeedbackType.values())),
    PRIORITY(names(TicketPriority.values())),
    CUSTOMER_LEVEL(names(CustomerLevel.values())),
    COMPLAINT(List.of("true", "false")),
    /** The category's code, e.g. {@code technical.server}. */
    CATEGORY(List.of()),
    /** A team's id; blank for no team. */
    TEAM(List.of()),
    /** A person's id; blank for nobody. */
    ASSIGNEE(List.of()),
    TAG(List.of()),
    /** The title and the customer's description. */
    TEXT(List.of()),
    PRODUCT(List.of()),
    /** One of the tenant's own ticket fields, named by its key. */
    FIELD(List.of());

    private static final Set<Operator> EQUALITY = EnumSet.of(Operator.IS, Operator.IS_NOT);
    private static final Set<Operator> TEXTUAL =
            EnumSet.of(Operator.IS, Operator.IS_NOT, Operator.CONTAINS, Operator.NOT_CONTAINS);

    private final List<String> choices;

    Subject(List<String> choices) {
        this.choices = choices;
    }

    /** The values it can take, for a choice on the form; empty when anything typed may do. */
    public List<String> choices() {
        return choices;
    }

    public Set<Operator> operators() {
        return switch (this) {
            case CATEGORY, TEXT, PRODUCT -> TEXTUAL;
            case FIELD -> EnumSet.allOf(Operator.class);
            default -> EQUALITY;
        };
    }

    /** Whether the value is an id (a team, a person), blank meaning none. */
    public boolean isId() {
        return this == TEAM || this == ASSIGNEE;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}
