package io.loopdesk.notification;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A tenant webhook that cannot be saved or used: not the caller's to change, no such webhook, or bad input. */
public class TenantWebhookRefusedException extends DomainException {

    private TenantWebhookRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    private TenantWebhookRefusedException(FieldProblem problem) {
        super(Kind.INVALID, problem.message(), List.of(problem));
    }

    static TenantWebhookRefusedException forbidden() {
        return new TenantWebhookRefusedException(
                Kind.FORBIDDEN, "error.webhook.forbidden", "Only tenant admins manage the tenant's webhooks.");
    }

    static TenantWebhookRefusedException unknown(long id) {
        return new TenantWebhookRefusedException(
                Kind.NOT_FOUND, "error.webhook.unknown", "There is no webhook " + id + ".", String.valueOf(id));
    }

    static TenantWebhookRefusedException notDelivery(long id) {
        return new TenantWebhookRefusedException(
                Kind.NOT_FOUND,
                "error.webhook.delivery.unknown",
                "There is no event " + id + " of this webhook.",
                String.valueOf(id));
    }

    static TenantWebhookRefusedException invalid(String field, String code, String message) {
        return new TenantWebhookRefusedException(new FieldProblem(field, code, message, List.of()));
    }
}
