package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketAssigned;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketView;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a member of staff that a ticket was put on their desk, in the app and by e-mail: what it is about, when it
 * is due and how to reach the customer, so they can start from the notice alone. Someone who took the ticket
 * themselves is not told.
 */
@Component
class AssignmentNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SUMMARY_LENGTH = 300;

    private final Notifications notifications;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final Categories categories;
    private final Tenants tenants;
    private final MessageSource messages;

    AssignmentNotices(
            Notifications notifications,
            TicketQueries queries,
            UserAccounts users,
            Categories categories,
            Tenants tenants,
            MessageSource messages) {
        this.notifications = notifications;
        this.queries = queries;
        this.users = users;
        this.categories = categories;
        this.tenants = tenants;
        this.messages = messages;
    }

    /**
     * Runs in the assigning transaction, so the notice commits with the assignment, never one without the other, and
     * the ticket and the assignee are at hand already; as a reaction after commit it cost an outbox entry, transactions
     * of its own and reading both again. It only writes rows: the e-mail leaves after commit, on its delivery timer.
     */
    @EventListener
    void on(TicketAssigned assigned) {
        Long assigneeId = assigned.assigneeId();
        if (assigneeId == null || assigneeId.equals(assigned.actorId())) {
            return;
        }
        UserView assignee = users.byId(assigneeId).filter(UserView::enabled).orElse(null);
        if (assignee == null) {
            return;
        }
        TicketView ticket = queries.get(assigned.number(), Actor.system());
        TenantInfo tenant = tenants.byId(ticket.tenantId()).orElseThrow();
        Locale locale = tenant.defaultLocale();
        String subject = text("notice.assigned.subject", locale, ticket.number(), ticket.title());
        String body = text(
                "notice.assigned.body",
                locale,
                ticket.number(),
                ticket.title(),
                categoryName(ticket, locale),
                text("notice.urgency." + ticket.urgency(), locale),
                TIME.format(ticket.resolutionDueAt().atZone(tenant.timeZone())),
                contactLine(ticket, assignee, locale),
                summary(ticket.description()));
        notifications.sendToStaff(ticket.tenantId(), List.of(assignee), subject, body, ticket.number(), null);
    }

    private String categoryName(TicketView ticket, Locale locale) {
        if (ticket.category() == null) {
            return "—";
        }
        return categories
                .find(ticket.tenantId(), ticket.category())
                .map(c -> Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? c.nameZh() : c.nameEn())
                .orElse(ticket.category());
    }

    /** Who to call or write to; only for staff whose role may see a customer's details at all. */
    private String contactLine(TicketView ticket, UserView assignee, Locale locale) {
        if (assignee.roles().stream().noneMatch(Role.SEES_CONTACT_DETAILS::contains)) {
            return text("notice.assigned.contactHidden", locale);
        }
        String line = Stream.of(ticket.customerName(), ticket.contactPerson(), ticket.phone(), ticket.contact())
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .distinct()
                .collect(Collectors.joining(" · "));
        return line.isEmpty() ? "—" : line;
    }

    private static String summary(String description) {
        String flat = description.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH) + "…";
    }

    private String text(String key, Locale locale, @Nullable Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
