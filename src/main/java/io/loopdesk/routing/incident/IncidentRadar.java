package io.loopdesk.routing.incident;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loopdesk.identity.Actor;
import io.loopdesk.routing.CategoryView;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.RoutingRules;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.view.TicketTitle;
import io.loopdesk.ticket.view.TicketView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Spots a major incident in the making, two ways: when {@code incidentThreshold} similar tickets (same category,
 * alike titles and product) arrive within {@code incidentWindowMinutes}; and when a category's or product's volume
 * surges well above its own baseline ({@link SurgeWatch}, by the tenant's {@code surge} rule). Either way the system
 * proposes an incident with the tickets linked; a supervisor confirms or dismisses it. Later similar tickets, and a
 * surge of the same category, join a proposal still open.
 */
@Component
public class IncidentRadar {

    static final double SIMILAR = 0.3;

    /** How many of the latest tickets in the window a new one is compared with. */
    private static final int RECENT = 200;

    private final TicketQueries tickets;
    private final RoutingPolicies policies;
    private final Incidents incidents;
    private final SurgeWatch surges;

    /**
     * The text features of recent titles: every new ticket is compared with up to {@link #RECENT} recent ones, so
     * each title would otherwise be cut into features again for every ticket that arrives within its window.
     */
    private final Cache<String, Set<String>> titleFeatures =
            Caffeine.newBuilder().maximumSize(20_000).build();

    IncidentRadar(TicketQueries tickets, RoutingPolicies policies, Incidents incidents, SurgeWatch surges) {
        this.tickets = tickets;
        this.policies = policies;
        this.incidents = incidents;
        this.surges = surges;
    }

    public void noticeNewTicket(TicketOpened opened, @Nullable String category) {
        RoutingRules rules = policies.rules(opened.tenantId());
        if (category != null && !category.equals(CategoryView.NEEDS_REFINEMENT)) {
            noticeSimilar(opened, category, rules);
        }
        surges.noticeNewTicket(opened, category, rules.surge());
    }

    /**
     * A ticket left review (待细化分类) for {@code category}, placed by a person or by its meaning: it counts there now,
     * as if it had arrived in it, so a storm of reports in words no rule knows still makes its incident and its
     * category's surge. (Its product counted when it arrived.)
     */
    public void noticePlaced(TicketView ticket, String category) {
        RoutingRules rules = policies.rules(ticket.tenantId());
        noticeSimilar(
                ticket.tenantId(),
                ticket.number(),
                ticket.title(),
                ticket.product(),
                ticket.registeredAt(),
                category,
                rules);
        surges.noticePlaced(ticket.tenantId(), category, rules.surge());
    }

    private void noticeSimilar(TicketOpened opened, String category, RoutingRules rules) {
        // an event stored before events carried the title (delivered after an upgrade) reads the ticket
        String title = opened.title() != null
                ? opened.title()
                : tickets.get(opened.number(), Actor.system()).title();
        noticeSimilar(
                opened.tenantId(), opened.number(), title, opened.product(), opened.registeredAt(), category, rules);
    }

    private void noticeSimilar(
            long tenantId,
            String number,
            String title,
            @Nullable String product,
            Instant registeredAt,
            String category,
            RoutingRules rules) {
        Set<String> text = TextSimilarity.features(signature(title, product));
        List<String> similar = tickets
                .recentTitles(
                        tenantId,
                        category,
                        registeredAt.minus(Duration.ofMinutes(rules.incidentWindowMinutes())),
                        RECENT)
                .stream()
                .filter(t -> t.number().equals(number)
                        || TextSimilarity.of(text, titleFeatures.get(t.title(), TextSimilarity::features)) >= SIMILAR)
                .map(TicketTitle::number)
                .toList();
        if (similar.size() >= rules.incidentThreshold()) {
            incidents.propose(tenantId, category, title, similar);
        }
    }

    private static String signature(String title, @Nullable String product) {
        return product == null ? title : title + " " + product;
    }
}
