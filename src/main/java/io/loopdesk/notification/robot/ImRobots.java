package io.loopdesk.notification.robot;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.notification.WebhookEndpoints;
import io.loopdesk.notification.WebhookSecrets;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * The company-IM robots of a tenant's staff group chats: a tenant admin adds one (its vendor, the address the IM
 * gave, and the signing secret where one was set), sends a test message, removes it. Audited.
 */
@Service
public class ImRobots {

    static final int PER_TENANT = 20;

    private final ImRobotRepository robots;
    private final RobotRelay relay;
    private final WebhookSecrets secrets;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImRobots(
            ImRobotRepository robots,
            RobotRelay relay,
            WebhookSecrets secrets,
            Notifications notifications,
            ApplicationEventPublisher events,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.robots = robots;
        this.relay = relay;
        this.secrets = secrets;
        this.notifications = notifications;
        this.events = events;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public List<ImRobotView> list(Actor actor) {
        checkAdmin(actor);
        return inScope(
                actor,
                () -> robots.findAllByOrderByIdAsc().stream().map(ImRobot::view).toList());
    }

    public ImRobotView add(
            @Nullable String name,
            @Nullable RobotVendor vendor,
            @Nullable String url,
            @Nullable String secret,
            Actor actor) {
        checkAdmin(actor);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw invalid("name", "robot.name.required", "A robot needs a name of at most 100 characters.");
        }
        if (vendor == null) {
            throw invalid("vendor", "robot.vendor.required", "Choose the robot's IM: WECOM, DINGTALK or FEISHU.");
        }
        if (url == null || !WebhookEndpoints.isUsableUrl(url)) {
            throw invalid(
                    "url",
                    "robot.url.invalid",
                    "A robot's address is the http:// or https:// URL its IM gave, at most 500 characters.");
        }
        String signing = secret == null || secret.isBlank() ? null : secret.strip();
        if (signing != null && (vendor == RobotVendor.WECOM || signing.length() > 200)) {
            throw invalid(
                    "secret",
                    "robot.secret.invalid",
                    "Only DingTalk and Feishu robots sign, with a secret of at most 200 characters.");
        }
        return inScope(actor, () -> {
            if (robots.count() >= PER_TENANT) {
                throw invalid("name", "robot.tooMany", "A tenant keeps at most " + PER_TENANT + " robots.");
            }
            ImRobot robot = robots.save(new ImRobot(
                    name.strip(),
                    vendor,
                    url.strip(),
                    signing == null ? null : secrets.seal(signing),
                    actor.userId(),
                    clock.instant()));
            events.publishEvent(new Audited(actor.tenantId(), "robot.added", name.strip(), null, robot.view()));
            relay.forget(actor.tenantId());
            return robot.view();
        });
    }

    public void remove(long id, Actor actor) {
        checkAdmin(actor);
        inScope(actor, () -> {
            ImRobot robot = existing(id);
            robots.delete(robot);
            events.publishEvent(
                    new Audited(actor.tenantId(), "robot.removed", robot.view().name(), robot.view(), null));
            relay.forget(actor.tenantId());
            return null;
        });
    }

    /** Queues a test message to the robot's group; returns the notification whose delivery log shows the outcome. */
    public long test(long id, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> {
            ImRobot robot = existing(id);
            String text = "Loopdesk: " + robot.view().name() + " ✓";
            return notifications.send(NotificationRequest.now(
                    actor.tenantId(),
                    new Recipient.Robot(robot.id()),
                    null,
                    Phrase.verbatim(new RobotMessage(text, List.of()).toJson(json)),
                    null));
        });
    }

    /** The robot as it is now, for posting: its vendor, address and secret in clear; empty once removed. */
    public Optional<Resolved> resolve(long tenantId, long id) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> robots.findById(id)
                        .map(r -> new Resolved(
                                r.vendor(),
                                r.url(),
                                r.sealedSecret() == null ? null : secrets.open(r.sealedSecret())))));
    }

    /** A robot ready to post to. */
    public record Resolved(
            RobotVendor vendor, String url, @Nullable String secret) {

        @Override
        public String toString() {
            return "Resolved[" + vendor + "]";
        }
    }

    private ImRobot existing(long id) {
        return robots.findById(id)
                .orElseThrow(() -> new RobotRefusedException(
                        DomainException.Kind.NOT_FOUND,
                        Phrase.of("error.robot.unknown", String.valueOf(id)),
                        "There is no robot " + id + "."));
    }

    private static void checkAdmin(Actor actor) {
        if (!actor.has(Role.TENANT_ADMIN) && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw new RobotRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    Phrase.of("error.robot.forbidden"),
                    "Only tenant admins manage the tenant's IM robots.");
        }
    }

    private static RobotRefusedException invalid(String field, String code, String message) {
        return new RobotRefusedException(new FieldProblem(field, code, message, List.of()));
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }

    /** A robot that cannot be added, found or changed by the caller. */
    public static class RobotRefusedException extends DomainException {

        RobotRefusedException(Kind kind, Phrase phrase, String message) {
            super(kind, phrase, message, List.of());
        }

        RobotRefusedException(FieldProblem problem) {
            super(Kind.INVALID, problem.message(), List.of(problem));
        }
    }
}
