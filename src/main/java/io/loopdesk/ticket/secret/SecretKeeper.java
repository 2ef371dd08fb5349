package io.loopdesk.ticket.secret;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.history.HistoryEntry;
import io.loopdesk.ticket.history.HistoryEntryRepository;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.message.TicketMessageRepository;
import io.loopdesk.ticket.value.MessageKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps secrets out of ticket text (REQUIREMENTS §6): a password or key someone writes is stored as
 * {@code ******} in the text, the original encrypted beside it for the staff who must use it, and when the
 * customer wrote it, an automatic reply asks them to change it.
 */
@Component
public class SecretKeeper {

    static final String MASK = "******";

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Text as it will be stored, and the secrets taken out of it. */
    public record Concealed(String shown, List<SecretScanner.Found> found, List<String> originals) {

        boolean any() {
            return !originals.isEmpty();
        }
    }

    private final TicketSecretRepository secrets;
    private final TicketMessageRepository messages;
    private final HistoryEntryRepository history;
    private final SecretBox box;
    private final ApplicationEventPublisher events;

    SecretKeeper(
            TicketSecretRepository secrets,
            TicketMessageRepository messages,
            HistoryEntryRepository history,
            SecretBox box,
            ApplicationEventPublisher events) {
        this.secrets = secrets;
        this.messages = messages;
        this.history = history;
        this.box = box;
        this.events = events;
    }

    public static Concealed conceal(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return new Concealed(text == null ? "" : text, List.of(), List.of());
        }
        List<SecretScanner.Found> found = SecretScanner.scan(text);
        if (found.isEmpty()) {
            return new Concealed(text, found, List.of());
        }
        StringBuilder shown = new StringBuilder();
        List<String> originals = new ArrayList<>();
        int at = 0;
        for (SecretScanner.Found secret : found) {
            shown.append(text, at, secret.start()).append(MASK);
            originals.add(text.substring(secret.start(), secret.end()));
            at = secret.end();
        }
        shown.append(text.substring(at));
        return new Concealed(shown.toString(), found, originals);
    }

    /** Title and description together, as the ticket's own text. */
    public static Concealed both(Concealed title, Concealed description) {
        if (!title.any()) {
            return description;
        }
        List<SecretScanner.Found> found = new ArrayList<>(title.found());
        found.addAll(description.found());
        List<String> originals = new ArrayList<>(title.originals());
        originals.addAll(description.originals());
        return new Concealed(title.shown() + "\n" + description.shown(), found, originals);
    }

    /** The request with its title and description concealed. */
    public static OpenTicket concealed(OpenTicket request, Concealed title, Concealed description) {
        if (!title.any() && !description.any()) {
            return request;
        }
        return new OpenTicket(
                request.customerName(),
                request.contactPerson(),
                request.contact(),
                request.product(),
                request.title() == null ? null : title.shown(),
                request.description() == null ? null : description.shown(),
                request.type(),
                request.urgency(),
                request.category(),
                request.externalUserId(),
                request.phone(),
                request.device(),
                request.location(),
                request.links(),
                request.firstReceivedAt(),
                request.requesterId());
    }

    /**
     * Stores the originals encrypted, notes it in the history, and when {@code fromCustomer}, replies with the
     * advice to change the password. Part of the caller's transaction.
     */
    public void keep(
            Ticket ticket,
            @Nullable Long messageId,
            Concealed concealed,
            boolean fromCustomer,
            Actor actor,
            Instant now) {
        if (!concealed.any()) {
            return;
        }
        for (int i = 0; i < concealed.originals().size(); i++) {
            secrets.save(new TicketSecret(
                    ticket.tenantId(),
                    ticket.id(),
                    messageId,
                    concealed.found().get(i).kind(),
                    box.seal(concealed.originals().get(i)),
                    now));
        }
        history.save(new HistoryEntry(
                ticket.tenantId(),
                ticket.id(),
                actor.userId(),
                actor.name(),
                now,
                new Ticket.Change(
                        "secret",
                        null,
                        Integer.toString(concealed.originals().size()),
                        messageId == null ? "description" : "message " + messageId)));
        if (fromCustomer) {
            advise(ticket, HAN.matcher(concealed.shown()).find(), now);
        }
    }

    /** The automatic reply: not a person's first response, so the ticket's response times are not touched. */
    private void advise(Ticket ticket, boolean chinese, Instant now) {
        TicketMessage advice = messages.save(new TicketMessage(
                ticket.tenantId(),
                ticket.id(),
                MessageKind.PUBLIC_REPLY,
                null,
                chinese ? "系统提示" : "Loopdesk",
                false,
                chinese ? ADVICE_ZH : ADVICE_EN,
                now));
        events.publishEvent(new TicketMessageAdded(
                ticket.id(),
                ticket.number(),
                ticket.tenantId(),
                advice.view().id(),
                MessageKind.PUBLIC_REPLY,
                false,
                null,
                now));
    }

    static final String ADVICE_ZH = "您的消息中似乎包含密码或密钥，我们已在工单中将其隐藏，只有处理您问题的工作人员在需要时才能查看。"
            + "为了账户安全，请尽快修改该密码；今后如需提供登录信息，请按工作人员告知的安全方式发送，问题解决后请再修改一次密码。";

    static final String ADVICE_EN = "Your message seems to contain a password or secret key. We have hidden it in this"
            + " ticket; only the staff handling your request can see it when they need it. For your account's safety,"
            + " please change that password now. If we need access later, we will tell you how to send it safely;"
            + " please change the password again once the problem is solved.";
}
