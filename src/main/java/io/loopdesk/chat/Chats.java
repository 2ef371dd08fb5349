package io.loopdesk.chat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.AccessKey;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.CheckedFiles;
import io.loopdesk.ticket.Upload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts chats, takes their messages and hands them out again from any number on. A message is stored before it is
 * delivered, so what a participant missed while disconnected is in {@link #since}; the chat's row numbers the
 * messages, and two messages written at once both get a number (the loser of the row's version retries).
 */
@Service
public class Chats {

    /** The longest message; a longer one is refused, not cut. */
    public static final int MAX_MESSAGE = 2_000;

    private static final int MAX_NAME = 100;
    private static final String TOKEN_PREFIX = "ldv_";
    /** A visitor's token lasts this long after their last message, so a reload the next morning still resumes. */
    private static final Duration TOKEN_LIFE = Duration.ofHours(24);

    private static final int WRITE_ATTEMPTS = 5;

    private static final int MAX_SKILL = 60;

    /** What a screenshot may be: pictures, their type read from their bytes as for every attachment. */
    static final java.util.Set<String> SCREENSHOT_TYPES =
            java.util.Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    /** The largest screenshot: a phone's full-size capture with room to spare. */
    static final long MAX_SCREENSHOT = 10L * 1024 * 1024;

    private final ChatRepository chats;
    private final ChatMessageRepository messages;
    private final Tenants tenants;
    private final Teams teams;
    private final ChatRouting routing;
    private final ChatHours hours;
    private final UserAccounts users;
    private final Timers timers;
    private final CheckedFiles files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Chats(
            ChatRepository chats,
            ChatMessageRepository messages,
            Tenants tenants,
            Teams teams,
            ChatRouting routing,
            ChatHours hours,
            UserAccounts users,
            Timers timers,
            CheckedFiles files,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.chats = chats;
        this.messages = messages;
        this.tenants = tenants;
        this.teams = teams;
        this.routing = routing;
        this.hours = hours;
        this.users = users;
        this.timers = timers;
        this.files = files;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A visitor starts a chat with no team or skill asked for. */
    public VisitorStart start(String tenantCode, String visitorName) {
        return start(tenantCode, visitorName, null, null);
    }

    /**
     * A visitor starts a chat with the tenant whose code is {@code tenantCode}, optionally for a team (by its name)
     * and an agent skill, as the widget's attributes ask. The token names the tenant in clear (so it is checked
     * inside that tenant) and holds 256 random bits; only its hash is stored. The chat is offered to an agent at once
     * and goes to the supervisors if nobody answers it within the tenant's time.
     */
    public VisitorStart start(
            String tenantCode, String visitorName, @Nullable String teamName, @Nullable String skill) {
        return start(tenantCode, visitorName, teamName, skill, null, null);
    }

    /**
     * As {@link #start(String, String, String, String)}, from where the widget sits ({@code channel}, the brand's
     * label such as 官网 or App, if it gave one), by a visitor who may be a customer signed in to the portal:
     * {@code customer} is their actor; a customer of another tenant (or none) chats as a guest.
     */
    public VisitorStart start(
            String tenantCode,
            String visitorName,
            @Nullable String teamName,
            @Nullable String skill,
            @Nullable String channel,
            @Nullable Actor customer) {
        TenantInfo tenant = tenants.byCode(tenantCode)
                .filter(t -> !t.suspended())
                .orElseThrow(() -> new ChatRefusedException(
                        Kind.NOT_FOUND, "error.chat.tenant", "No desk " + tenantCode + " takes chats.", tenantCode));
        Long customerId = customer != null && customer.isCustomer() && customer.tenantId() == tenant.id()
                ? customer.userId()
                : null;
        String name = visitorName.isBlank() && customerId != null ? customer.name() : visitorName.strip();
        boolean vip = customerId != null
                && TenantScope.inTenant(tenant.id(), () -> users.byId(customerId))
                        .map(user -> user.customerLevel() == CustomerLevel.VIP)
                        .orElse(false);
        return open(tenant, new Visitor(name, customerId, vip, null, null, source(channel)), teamName, skill);
    }

    /**
     * A signed-in user of a brand's app starts a chat: the app vouches for its own user id with its key (the call
     * comes from the brand's server), so the console knows the user's earlier chats. The answer's token is handed to
     * the app's webview.
     */
    public VisitorStart startForApp(
            long tenantId,
            long appId,
            String appUser,
            String visitorName,
            @Nullable String teamName,
            @Nullable String skill) {
        TenantInfo tenant = tenants.byId(tenantId)
                .filter(t -> !t.suspended())
                .orElseThrow(() -> new ChatRefusedException(
                        Kind.NOT_FOUND, "error.chat.tenant", "No desk takes chats.", String.valueOf(tenantId)));
        String user = appUser.strip();
        if (user.isEmpty() || user.length() > MAX_NAME) {
            throw new ChatRefusedException(
                    Kind.INVALID,
                    "error.chat.appUser",
                    "An app user id of 1 to " + MAX_NAME + " characters.",
                    MAX_NAME);
        }
        String name = visitorName.isBlank() ? user : visitorName.strip();
        return open(tenant, new Visitor(name, null, false, appId, user, "App"), teamName, skill);
    }

    private static @Nullable String source(@Nullable String channel) {
        if (channel == null || channel.isBlank()) {
            return null;
        }
        String label = channel.strip();
        if (label.length() > MAX_SKILL) {
            throw new ChatRefusedException(
                    Kind.INVALID,
                    "error.chat.channel",
                    "A channel of at most " + MAX_SKILL + " characters.",
                    MAX_SKILL);
        }
        return label;
    }

    /** Who starts a chat: a guest by a name, a portal customer, or an app's user. */
    private record Visitor(
            String name,
            @Nullable Long customerId,
            boolean vip,
            @Nullable Long appId,
            @Nullable String appUser,
            @Nullable String source) {}

    private VisitorStart open(TenantInfo tenant, Visitor visitor, @Nullable String teamName, @Nullable String skill) {
        String name = visitor.name();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new ChatRefusedException(
                    Kind.INVALID, "error.chat.name", "A name of 1 to " + MAX_NAME + " characters.", MAX_NAME);
        }
        Long teamId = teamName == null || teamName.isBlank() ? null : teamOf(tenant.id(), teamName.strip());
        String wanted = skill == null || skill.isBlank() ? null : skill.strip().toLowerCase(Locale.ROOT);
        if (wanted != null && wanted.length() > MAX_SKILL) {
            throw new ChatRefusedException(
                    Kind.INVALID, "error.chat.skill", "A skill of at most " + MAX_SKILL + " characters.", MAX_SKILL);
        }
        AccessKey key = AccessKey.generate(TOKEN_PREFIX + tenant.id() + "_");
        Instant now = clock.instant();
        Instant until = now.plus(TOKEN_LIFE);
        ChatRules rules = routing.rules(tenant.id());
        if (hours.closedByHours(tenant.id(), rules)) {
            throw new ChatRefusedException(
                    Kind.CONFLICT, "error.chat.closedNow", "Live chat is closed now; leave a message instead.");
        }
        ChatView chat = TenantScope.inTenant(
                tenant.id(),
                () -> transactions.execute(status -> {
                    Chat started = chats.save(new Chat(
                                    tenant.id(),
                                    name,
                                    key.hash(),
                                    until,
                                    now,
                                    teamId,
                                    wanted,
                                    visitor.customerId(),
                                    visitor.vip())
                            .ofApp(visitor.appId(), visitor.appUser())
                            .from(visitor.source()));
                    timers.schedule(
                            UnansweredChatTimer.TASK,
                            UnansweredChatTimer.instanceId(tenant.id(), started.id()),
                            now.plus(rules.unanswered()));
                    return started.view();
                }));
        events.publishEvent(new ChatChanged(chat));
        routing.route(tenant.id());
        return new VisitorStart(chat.id(), key.secret(), until);
    }

    private long teamOf(long tenantId, String teamName) {
        return teams.teamsIn(tenantId).entrySet().stream()
                .filter(team -> team.getValue().equalsIgnoreCase(teamName))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new ChatRefusedException(
                        Kind.INVALID, "error.chat.team", "No team " + teamName + " takes chats.", teamName));
    }

    /**
     * The chat a visitor's token opens, if the token is genuine and still valid; anything else (forged, expired,
     * malformed) gives nothing, without saying which.
     */
    public Optional<ChatView> visitorChat(@Nullable String token) {
        long tenantId = tenantOf(token);
        if (tenantId <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> chats.findByVisitorKeyHash(AccessKey.hashOf(token))
                        .filter(chat -> chat.visitorKeyUntil().isAfter(now))
                        .map(Chat::view)));
    }

    /** The chat {@code chatId} of the current tenant. */
    public ChatView get(long chatId) {
        return transactions.execute(status -> chat(chatId).view());
    }

    /**
     * The earlier chats, newest first, of whoever is on the other end of {@code chat}: a portal customer or an app's
     * user; none for a guest.
     */
    public List<ChatView> earlier(ChatView chat) {
        return transactions.execute(status -> {
            List<Chat> found;
            if (chat.customerId() != null) {
                found = chats.findByCustomerIdAndIdNotOrderByStartedAtDesc(chat.customerId(), chat.id(), Limit.of(10));
            } else if (chat.appId() != null && chat.appUser() != null) {
                found = chats.findByAppIdAndAppUserAndIdNotOrderByStartedAtDesc(
                        chat.appId(), chat.appUser(), chat.id(), Limit.of(10));
            } else {
                found = List.of();
            }
            return found.stream().map(Chat::view).toList();
        });
    }

    /** The chats of the current tenant that are waiting or going on, oldest first (the agent console's list). */
    public List<ChatView> open() {
        return transactions.execute(
                status -> chats.findByStatusInOrderByStartedAt(List.of(ChatStatus.WAITING, ChatStatus.ACTIVE)).stream()
                        .map(Chat::view)
                        .toList());
    }

    /**
     * A visitor's message: stored with the next number, or, if a message with this {@code clientId} is already
     * stored (a resend after a lost connection), that one again.
     */
    public ChatLine fromVisitor(long chatId, @Nullable String clientId, String body) {
        return write(chatId, clientId, ChatAuthor.VISITOR, null, body, null).line();
    }

    /** An agent's message; the first one joins the agent to the chat if nobody has. */
    public Written fromAgent(long chatId, Actor agent, @Nullable String clientId, String body) {
        Written written = write(chatId, clientId, ChatAuthor.AGENT, agent, body, null);
        if (written.joined() != null) {
            events.publishEvent(new ChatChanged(written.joined())); // the other consoles see it taken
        }
        return written;
    }

    /**
     * A message as stored, and the chat if that message made its author the chat's agent (the consoles then show it
     * taken).
     */
    public record Written(ChatLine line, @Nullable ChatView joined) {}

    /**
     * Marks the messages up to {@code seq} read by the visitor ({@code byAgent} false) or the agents; whether the
     * mark rose (a mark no higher than before, or past the last message, changes nothing).
     */
    public boolean read(long chatId, boolean byAgent, int seq) {
        return Boolean.TRUE.equals(transactions.execute(
                status -> (byAgent ? chats.agentRead(chatId, seq) : chats.visitorRead(chatId, seq)) > 0));
    }

    /** The messages after number {@code afterSeq}, in order: what a client missed while it was away. */
    public List<ChatLine> since(long chatId, int afterSeq) {
        return transactions.execute(status -> {
            chat(chatId);
            return messages.findByChatIdAndSeqGreaterThanOrderBySeq(chatId, afterSeq).stream()
                    .map(ChatMessage::line)
                    .toList();
        });
    }

    /**
     * Ends the chat; nothing more can be written to it. Only the call that ended it gets its messages back (to file
     * the transcript); a chat already ended gives none.
     */
    Ended close(long chatId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return closeOnce(chatId);
            } catch (ObjectOptimisticLockingFailureException race) {
                // both sides ended it at once, or a last message came in: the next try sees the chat as it is now
                if (attempt == WRITE_ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    private Ended closeOnce(long chatId) {
        return transactions.execute(status -> {
            Chat chat = chat(chatId);
            if (chat.status() == ChatStatus.CLOSED) {
                return new Ended(chat.view(), List.of());
            }
            chat.close(clock.instant());
            chats.saveAndFlush(chat);
            events.publishEvent(chat.ended());
            return new Ended(
                    chat.view(),
                    messages.findByChatIdAndSeqGreaterThanOrderBySeq(chatId, 0).stream()
                            .map(ChatMessage::line)
                            .toList());
        });
    }

    /** Records the ticket the chat's transcript was filed on. */
    ChatView filed(long chatId, String ticketNumber) {
        return transactions.execute(status -> {
            Chat chat = chat(chatId);
            chat.filedOn(ticketNumber);
            return chat.view();
        });
    }

    /** A chat just ended, with its messages if this call ended it. */
    record Ended(ChatView chat, List<ChatLine> lines) {}

    /**
     * Writes a message, or with {@code file} a screenshot (its name the message's text), checked and stored in the
     * message's own transaction; {@code agent} null for the visitor.
     */
    Written write(
            long chatId,
            @Nullable String clientId,
            ChatAuthor author,
            @Nullable Actor agent,
            String body,
            @Nullable Upload file) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE) {
            throw new ChatRefusedException(
                    Kind.INVALID,
                    "error.chat.message.length",
                    "A message of 1 to " + MAX_MESSAGE + " characters.",
                    MAX_MESSAGE);
        }
        if (clientId != null && (clientId.isBlank() || clientId.length() > 64)) {
            throw new ChatRefusedException(
                    Kind.INVALID, "error.chat.message.clientId", "A message's client id is 1 to 64 characters.");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> store(chatId, clientId, author, agent, text, file));
            } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException race) {
                // another message took the number, or the same resend arrived twice at once: the next try sees it
                if (attempt == WRITE_ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    private Written store(
            long chatId,
            @Nullable String clientId,
            ChatAuthor author,
            @Nullable Actor agent,
            String text,
            @Nullable Upload file) {
        Chat chat = chat(chatId);
        if (clientId != null) {
            Optional<ChatMessage> resent = messages.findByChatIdAndClientId(chatId, clientId);
            if (resent.isPresent()) {
                return new Written(resent.get().line(), null);
            }
        }
        if (chat.status() == ChatStatus.CLOSED) {
            throw new ChatRefusedException(Kind.CONFLICT, "error.chat.closed", "The chat has ended.");
        }
        Instant now = clock.instant();
        String authorName;
        boolean joined = false;
        if (agent != null) {
            if (chat.agentId() == null) {
                chat.joinedBy(agent.userId(), agent.name(), now);
                joined = true;
            }
            chat.answered(now);
            authorName = agent.name();
        } else {
            chat.visitorSeen(now.plus(TOKEN_LIFE));
            authorName = chat.visitorName();
        }
        ChatMessage written =
                new ChatMessage(chat.tenantId(), chatId, chat.nextSeq(), clientId, author, authorName, text, now);
        if (file != null) {
            written.withFile(files.store(file, SCREENSHOT_TYPES, MAX_SCREENSHOT));
        }
        ChatMessage message = messages.saveAndFlush(written);
        chats.saveAndFlush(chat);
        return new Written(message.line(), joined ? chat.view() : null);
    }

    private Chat chat(long chatId) {
        return chats.findById(chatId).orElseThrow(() -> ChatRefusedException.notFound(chatId));
    }

    /** The tenant a token names, or 0 if it is no visitor token at all. */
    private static long tenantOf(@Nullable String token) {
        if (token == null || !AccessKey.plausible(TOKEN_PREFIX, token)) {
            return 0;
        }
        int end = token.indexOf('_', TOKEN_PREFIX.length());
        try {
            return end < 0 ? 0 : Long.parseLong(token.substring(TOKEN_PREFIX.length(), end));
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }
}
