package io.loopdesk.chat;

import io.loopdesk.identity.UserAccounts;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.AgentWentOnDuty;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives waiting chats to on-duty agents the way tickets are given: only agents on duty (the same switch as for
 * tickets), of the team the widget asked for, with the skill it asked for, and with room under the tenant's chat cap;
 * of those the one holding the fewest chats, then the one who got a chat longest ago. VIP customers' chats first, then
 * the oldest. A tenant's
 * decisions take turns on its settings row, so two nodes never both fill one agent's last seat.
 *
 * <p>Runs when a chat starts or ends, when an agent goes on duty, and when a chat's unanswered timer fires (which
 * also catches a pass lost to a crash). The chats that still wait are told their place and expected wait.
 */
@Service
public class ChatRouting {

    /** A pass looks at this many waiting chats; more wait for the next pass. */
    private static final int PASS = 500;

    private static final Duration RECENT = Duration.ofDays(7);

    private final ChatRepository chats;
    private final ChatSettingsRepository settings;
    private final Presence presence;
    private final Teams teams;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransactions;
    private final Clock clock;

    ChatRouting(
            ChatRepository chats,
            ChatSettingsRepository settings,
            Presence presence,
            Teams teams,
            UserAccounts users,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.chats = chats;
        this.settings = settings;
        this.presence = presence;
        this.teams = teams;
        this.users = users;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransactions = new TransactionTemplate(transactionManager);
        this.ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The tenant's chat rules. */
    public ChatRules rules(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status ->
                        settings.findById(tenantId).map(ChatSettings::rules).orElse(ChatRules.DEFAULT)));
    }

    /** Changes the tenant's chat rules; a lower cap takes no chat from anyone, it only stops new ones. */
    public ChatRules change(long tenantId, ChatRules rules) {
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(status -> settings.findById(tenantId)
                        .ifPresentOrElse(
                                row -> row.change(rules), () -> settings.save(new ChatSettings(tenantId, rules)))));
        route(tenantId); // a higher cap may let waiting chats through at once
        return rules;
    }

    /** Gives the tenant's waiting chats to agents with room and tells the rest where they stand. */
    public void route(long tenantId) {
        Pass pass = TenantScope.inTenant(tenantId, () -> ownTransactions.execute(status -> decide(tenantId)));
        pass.given().forEach(chat -> events.publishEvent(new ChatChanged(chat)));
        if (!pass.waiting().isEmpty()) {
            events.publishEvent(new ChatQueueMoved(tenantId, pass.waiting()));
        }
    }

    /** Where one waiting chat of the current tenant stands; {@code null} when it waits no more. */
    public @Nullable QueuePlace placeOf(long chatId) {
        long tenantId = TenantScope.current();
        return transactions.execute(status -> {
            List<Chat> waiting = chats.findByStatusOrderByVipDescStartedAtAscIdAsc(ChatStatus.WAITING, Limit.of(PASS));
            Estimate estimate = estimate(presence.onDuty(tenantId).size(), rulesIn(tenantId));
            for (int i = 0; i < waiting.size(); i++) {
                if (waiting.get(i).id() == chatId) {
                    return estimate.place(chatId, i + 1);
                }
            }
            return null;
        });
    }

    @AsyncReaction
    void on(AgentWentOnDuty started) {
        route(started.tenantId());
    }

    private record Pass(List<ChatView> given, List<QueuePlace> waiting) {}

    /** An on-duty agent during one pass: how many chats they hold and when they last got one. */
    private static final class Seat {
        final AgentView agent;
        int held;
        Instant lastGiven;

        Seat(AgentView agent, int held, Instant lastGiven) {
            this.agent = agent;
            this.held = held;
            this.lastGiven = lastGiven;
        }
    }

    private Pass decide(long tenantId) {
        ChatRules rules = lockRules(tenantId);
        List<Chat> waiting = chats.findByStatusOrderByVipDescStartedAtAscIdAsc(ChatStatus.WAITING, Limit.of(PASS));
        if (waiting.isEmpty()) {
            return new Pass(List.of(), List.of());
        }
        List<Seat> seats = seats(tenantId);
        Map<Long, Set<Long>> members = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        Instant now = clock.instant();
        List<ChatView> given = new ArrayList<>();
        List<Chat> left = new ArrayList<>();
        for (Chat chat : waiting) {
            Set<Long> team = chat.teamId() == null ? null : members.computeIfAbsent(chat.teamId(), teams::members);
            Seat seat = seats.stream()
                    .filter(s -> s.held < rules.agentCap())
                    .filter(s -> team == null || team.contains(s.agent.userId()))
                    .filter(s -> hasSkill(s.agent, chat.skill()))
                    .min(Comparator.<Seat>comparingInt(s -> s.held)
                            .thenComparing(s -> s.lastGiven)
                            .thenComparingLong(s -> s.agent.userId()))
                    .orElse(null);
            if (seat == null) {
                left.add(chat);
                continue;
            }
            long agentId = seat.agent.userId();
            String name = names.computeIfAbsent(
                    agentId, id -> users.byId(id).map(u -> u.displayName()).orElse(String.valueOf(id)));
            chat.assignTo(agentId, name, now);
            seat.held++;
            seat.lastGiven = now;
            given.add(chat.view());
        }
        chats.flush();
        Estimate estimate = estimate(seats.size(), rules); // the agents on duty were read for this pass already
        List<QueuePlace> places = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            places.add(estimate.place(left.get(i).id(), i + 1));
        }
        return new Pass(given, places);
    }

    private List<Seat> seats(long tenantId) {
        Map<Long, Integer> held = new HashMap<>();
        for (Object[] row : chats.heldByAgent()) {
            held.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Instant> lastGiven = new HashMap<>();
        for (Object[] row : chats.lastJoinedByAgent(clock.instant().minus(RECENT))) {
            lastGiven.put((Long) row[0], (Instant) row[1]);
        }
        return presence.onDuty(tenantId).stream()
                .map(agent -> new Seat(
                        agent,
                        held.getOrDefault(agent.userId(), 0),
                        lastGiven.getOrDefault(agent.userId(), Instant.EPOCH)))
                .toList();
    }

    private static boolean hasSkill(AgentView agent, @Nullable String skill) {
        return skill == null
                || agent.skills().stream()
                        .anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(skill));
    }

    /**
     * How fast seats free up: every on-duty agent holds up to the cap, and a chat lasted on average what the desk's
     * recent chats lasted. Nothing to judge by, no estimate.
     */
    private Estimate estimate(int agentsOnDuty, ChatRules rules) {
        List<Chat> recent = chats.endedSince(clock.instant().minus(RECENT), Limit.of(50));
        int seats = agentsOnDuty * rules.agentCap();
        if (recent.isEmpty() || seats == 0) {
            return new Estimate(null);
        }
        long average = (long) recent.stream()
                .mapToLong(chat -> chat.handled().toSeconds())
                .average()
                .orElse(0);
        return new Estimate(Math.max(1, average / seats));
    }

    private record Estimate(@Nullable Long secondsPerPlace) {
        QueuePlace place(long chatId, int position) {
            return new QueuePlace(chatId, position, secondsPerPlace == null ? null : secondsPerPlace * position);
        }
    }

    private ChatRules rulesIn(long tenantId) {
        return settings.findById(tenantId).map(ChatSettings::rules).orElse(ChatRules.DEFAULT);
    }

    /** The tenant's rules, its row locked for the pass (written first if the tenant has none yet). */
    ChatRules lockRules(long tenantId) {
        var row = settings.lock(tenantId);
        if (row.isPresent()) {
            return row.get().rules();
        }
        try {
            ownTransactions.executeWithoutResult(
                    status -> settings.saveAndFlush(new ChatSettings(tenantId, ChatRules.DEFAULT)));
        } catch (DataIntegrityViolationException writtenMeanwhile) {
            // another node wrote it first: the same defaults
        }
        return settings.lock(tenantId).orElseThrow().rules();
    }
}
