package io.loopdesk.intake.feedback;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.survey.RatingView;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.Scores;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.TicketNotFoundException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.Upload;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.AttachmentDownload;
import io.loopdesk.ticket.view.AttachmentView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A brand's app follows its users' tickets in the app (seed 000's OEM apps): lists a user's tickets, reads one with
 * its public conversation and the progress shown to the customer, and answers, confirms, reopens and rates as that
 * user. A ticket is the user's when this app submitted it for this user id; anything else, another app's or another
 * tenant's ticket included, is "not found".
 */
@Service
public class AppUserTickets {

    /** The most tickets one list answers with. */
    public static final int MAX_LIST = 200;

    private final FeedbackSubmissionRepository submissions;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final Attachments attachments;
    private final Ratings ratings;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    AppUserTickets(
            FeedbackSubmissionRepository submissions,
            TicketQueries queries,
            Tickets tickets,
            Attachments attachments,
            Ratings ratings,
            PlatformTransactionManager transactionManager) {
        this.submissions = submissions;
        this.queries = queries;
        this.tickets = tickets;
        this.attachments = attachments;
        this.ratings = ratings;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
    }

    /** A ticket in the user's list. */
    public record Summary(
            String number,
            String title,
            TicketStatus status,
            Instant registeredAt,
            Instant updatedAt,
            @Nullable String satisfaction) {}

    /** One ticket as the app shows it to its user. */
    public record Conversation(
            String number,
            String title,
            TicketStatus status,
            Instant registeredAt,
            Instant updatedAt,
            List<Said> messages,
            List<Shown> progress,
            @Nullable RatingView rating,
            boolean mayConfirm,
            boolean mayReopen,
            boolean mayRate) {}

    /** A public message: the user's or the support team's, with its files. */
    public record Said(long id, Instant at, boolean fromCustomer, String author, String body, List<File> files) {}

    /** A file of a message; the app fetches it at {@code /api/v1/feedback/{number}/files/{id}}. */
    public record File(long id, String filename, String contentType, long size) {}

    /** Progress the handlers chose to show the customer. */
    public record Shown(
            Instant at,
            String label,
            String details,
            @Nullable Instant estimatedCompletionAt) {}

    /** The user's tickets, newest first. */
    public List<Summary> mine(AppIdentity app, @Nullable String userId, int limit) {
        String user = user(userId);
        return TenantScope.inTenant(app.tenantId(), () -> {
            List<String> numbers = readOnly.execute(status -> submissions
                    .findByAppIdAndUserIdAndTicketNumberNotNullOrderByCreatedAtDescIdDesc(
                            app.appId(), user, Limit.of(Math.clamp(limit, 1, MAX_LIST)))
                    .stream()
                    .map(FeedbackSubmission::ticketNumber)
                    .filter(Objects::nonNull)
                    .toList());
            Actor system = Actor.system(app.tenantId());
            return numbers.stream()
                    .map(number -> summary(queries.get(number, system)))
                    .toList();
        });
    }

    /** One of the user's tickets with its public conversation. */
    public Conversation one(AppIdentity app, @Nullable String userId, String number) {
        return TenantScope.inTenant(app.tenantId(), () -> {
            TicketView ticket = owned(app, userId, number);
            Actor system = Actor.system(app.tenantId());
            Map<Long, List<File>> files = attachments.of(ticket.number(), system).stream()
                    .filter(file -> !file.internal() && file.messageId() != null)
                    .collect(Collectors.groupingBy(
                            AttachmentView::messageId,
                            Collectors.mapping(
                                    file -> new File(file.id(), file.filename(), file.contentType(), file.size()),
                                    Collectors.toList())));
            List<Said> messages = queries.messages(ticket.number(), system).stream()
                    .filter(m -> m.kind() == MessageKind.PUBLIC_REPLY)
                    .map(m -> said(m, files))
                    .toList();
            List<Shown> progress = queries.progress(ticket.number(), system).stream()
                    .filter(p -> p.customerVisible())
                    .map(p -> new Shown(p.createdAt(), p.label().name(), p.details(), p.estimatedCompletionAt()))
                    .toList();
            RatingView rating = ratings.of(ticket.number(), system).orElse(null);
            boolean solved = ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED;
            return new Conversation(
                    ticket.number(),
                    ticket.title(),
                    ticket.status(),
                    ticket.registeredAt(),
                    ticket.updatedAt(),
                    messages,
                    progress,
                    rating,
                    ticket.status() == TicketStatus.AWAITING_CONFIRMATION,
                    ticket.status() == TicketStatus.AWAITING_CONFIRMATION || ticket.status() == TicketStatus.RESOLVED,
                    rating == null && (solved || ticket.status() == TicketStatus.AWAITING_CONFIRMATION));
        });
    }

    /** The user answers, with screenshots if any; a ticket waiting for them goes back to work. */
    public MessageView reply(AppIdentity app, @Nullable String userId, String number, String body, List<Upload> files) {
        return TenantScope.inTenant(app.tenantId(), () -> {
            TicketView ticket = owned(app, userId, number);
            return attachments.replyAsCustomer(ticket.number(), app.tenantId(), body, files, who(app, ticket));
        });
    }

    /** The user confirms the solution: the ticket is resolved. */
    public TicketView confirm(AppIdentity app, @Nullable String userId, String number) {
        return TenantScope.inTenant(app.tenantId(), () -> {
            TicketView ticket = owned(app, userId, number);
            return tickets.changeStatusAsCustomer(
                    ticket.number(), app.tenantId(), TicketStatus.RESOLVED, null, who(app, ticket));
        });
    }

    /** The user says it is not solved: the ticket goes back to work with their reason. */
    public TicketView reopen(AppIdentity app, @Nullable String userId, String number, @Nullable String reason) {
        return TenantScope.inTenant(app.tenantId(), () -> {
            TicketView ticket = owned(app, userId, number);
            return tickets.changeStatusAsCustomer(
                    ticket.number(), app.tenantId(), TicketStatus.IN_PROGRESS, reason, who(app, ticket));
        });
    }

    /**
     * The user rates the solved ticket, once. A ticket still awaiting confirmation is confirmed by the rating, as on
     * the survey page.
     */
    public RatingView rate(AppIdentity app, @Nullable String userId, String number, Scores scores) {
        return TenantScope.inTenant(app.tenantId(), () -> {
            TicketView ticket = owned(app, userId, number);
            // confirmed and rated together or neither: a refused rating leaves the ticket awaiting confirmation
            return writing.execute(status -> {
                if (ticket.status() == TicketStatus.AWAITING_CONFIRMATION) {
                    tickets.changeStatusAsCustomer(
                            ticket.number(), app.tenantId(), TicketStatus.RESOLVED, null, who(app, ticket));
                }
                return ratings.rateAsCustomer(ticket.number(), app.tenantId(), scores);
            });
        });
    }

    /** A file of the user's ticket that the customer may see. */
    public AttachmentDownload file(AppIdentity app, @Nullable String userId, String number, long fileId) {
        return TenantScope.inTenant(app.tenantId(), () -> {
            TicketView ticket = owned(app, userId, number);
            AttachmentDownload download = attachments.download(ticket.number(), fileId, Actor.system(app.tenantId()));
            if (download.attachment().internal()) {
                try {
                    download.content().close();
                } catch (java.io.IOException ignored) {
                    // nothing was read from it
                }
                throw new TicketNotFoundException(number);
            }
            return download;
        });
    }

    private TicketView owned(AppIdentity app, @Nullable String userId, String number) {
        String user = user(userId);
        String wanted = number.strip();
        Boolean mine = readOnly.execute(
                status -> submissions.existsByAppIdAndUserIdAndTicketNumber(app.appId(), user, wanted));
        if (!Boolean.TRUE.equals(mine)) {
            throw new TicketNotFoundException(wanted);
        }
        return queries.get(wanted, Actor.system(app.tenantId()));
    }

    private static String user(@Nullable String userId) {
        if (userId == null || userId.isBlank() || userId.strip().length() > FeedbackTicket.MAX_USER_ID) {
            throw new FeedbackAppException(
                    "userId", "feedback.userId.required", "userId (the user's id in the app) is required.");
        }
        return userId.strip();
    }

    /** Who wrote, as the conversation and history show it: the user's name in the app, and which app. */
    private static String who(AppIdentity app, TicketView ticket) {
        String name = ticket.customerName() == null || ticket.customerName().isBlank()
                ? ticket.externalUserId()
                : ticket.customerName();
        return (name == null ? "" : name + " · ") + app.name();
    }

    private static Summary summary(TicketView ticket) {
        return new Summary(
                ticket.number(),
                ticket.title(),
                ticket.status(),
                ticket.registeredAt(),
                ticket.updatedAt(),
                ticket.rating() == null ? null : ticket.rating().satisfaction().name());
    }

    private static Said said(MessageView message, Map<Long, List<File>> files) {
        return new Said(
                message.id(),
                message.createdAt(),
                message.fromCustomer(),
                message.authorName(),
                message.body(),
                files.getOrDefault(message.id(), List.of()));
    }
}
