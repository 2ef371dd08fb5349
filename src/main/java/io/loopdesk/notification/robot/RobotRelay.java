package io.loopdesk.notification.robot;

import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Turns a staff notice into one message per robot of the tenant: the notice in the tenant's language, the people it
 * is for @-mentioned by their mobile numbers, held back as the notice is. The robots of each tenant are remembered,
 * since every staff notice asks.
 */
@Component
public class RobotRelay {

    private final Remembered<Long, List<Long>> robots;
    private final ImRobotRepository repository;
    private final ObjectMapper json;

    RobotRelay(ImRobotRepository repository, ObjectMapper json, ClusterSignals signals) {
        this.robots = Remembered.perTenant("im-robots", Duration.ofMinutes(10), signals);
        this.repository = repository;
        this.json = json;
    }

    /** The messages to queue for the tenant's robots; none when it has none. */
    public List<NotificationRequest> relay(
            long tenantId,
            Collection<UserView> staff,
            Phrase subject,
            Phrase body,
            @Nullable String ticketNumber,
            @Nullable Instant notBefore,
            MessageSource texts,
            Locale language) {
        List<Long> ids = robots.get(
                tenantId,
                id -> TenantScope.inTenant(
                        id,
                        () -> repository.findAllByOrderByIdAsc().stream()
                                .map(ImRobot::id)
                                .toList()));
        if (ids.isEmpty()) {
            return List.of();
        }
        String text = subject.render(texts, language) + "\n" + body.render(texts, language);
        List<String> mobiles = staff.stream()
                .map(UserView::phone)
                .filter(Objects::nonNull)
                .filter(phone -> !phone.isBlank())
                .distinct()
                .toList();
        String message = new RobotMessage(text.strip(), mobiles).toJson(json);
        return ids.stream()
                .map(id -> new NotificationRequest(
                        tenantId,
                        new Recipient.Robot(id),
                        null,
                        Phrase.verbatim(message),
                        ticketNumber,
                        notBefore,
                        language,
                        null))
                .toList();
    }

    /** Every node forgets the tenant's robots once the current transaction commits. */
    void forget(long tenantId) {
        robots.forget(tenantId);
    }
}
