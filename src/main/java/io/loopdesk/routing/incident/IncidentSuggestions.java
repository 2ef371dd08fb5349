package io.loopdesk.routing.incident;

import io.loopdesk.ticket.view.TicketView;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which active incidents a ticket likely belongs to, for the ticket page's incident chooser: the same category (or
 * its top level), or a title alike the incident's, likeliest first; the rest of the active incidents after them,
 * newest first. The chooser starts on none, so linking always takes a choice.
 */
public final class IncidentSuggestions {

    /** As alike as the incident radar asks tickets to be to count as one fault. */
    static final double SIMILAR = IncidentRadar.SIMILAR;

    /** The likely incidents and the other active ones, each in the order to offer them. */
    public record Suggestions(List<IncidentView> likely, List<IncidentView> others) {
        public boolean isEmpty() {
            return likely.isEmpty() && others.isEmpty();
        }
    }

    private record Scored(IncidentView incident, int category, double similarity) {
        boolean likely() {
            return category > 0 || similarity >= SIMILAR;
        }
    }

    private IncidentSuggestions() {}

    /** Orders the {@code incidents} (active or not, linked or not) that {@code ticket} could still be linked to. */
    public static Suggestions of(TicketView ticket, List<IncidentView> incidents) {
        Set<String> text = TextSimilarity.features(
                ticket.product() == null ? ticket.title() : ticket.title() + " " + ticket.product());
        List<Scored> open = incidents.stream()
                .filter(i -> i.status().isActive() && !i.tickets().contains(ticket.number()))
                .map(i -> new Scored(
                        i,
                        categoryMatch(ticket.category(), i.categoryCode()),
                        TextSimilarity.of(text, TextSimilarity.features(i.title() + " " + i.description()))))
                .toList();
        Comparator<Scored> newestFirst =
                Comparator.comparing((Scored s) -> s.incident().declaredAt()).reversed();
        Function<List<Scored>, List<IncidentView>> views =
                scored -> scored.stream().map(Scored::incident).toList();
        return new Suggestions(
                views.apply(open.stream()
                        .filter(Scored::likely)
                        .sorted(Comparator.comparingInt(Scored::category)
                                .reversed()
                                .thenComparing(Comparator.comparingDouble(Scored::similarity)
                                        .reversed())
                                .thenComparing(newestFirst))
                        .toList()),
                views.apply(open.stream()
                        .filter(s -> !s.likely())
                        .sorted(newestFirst)
                        .toList()));
    }

    /** 2 for the same category, 1 for the same top-level category, 0 otherwise. */
    private static int categoryMatch(@Nullable String ticket, @Nullable String incident) {
        if (ticket == null || incident == null) {
            return 0;
        }
        if (ticket.equals(incident)) {
            return 2;
        }
        return Objects.equals(root(ticket), root(incident)) ? 1 : 0;
    }

    private static String root(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
