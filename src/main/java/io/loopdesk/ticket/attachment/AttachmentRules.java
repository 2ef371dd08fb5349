package io.loopdesk.ticket.attachment;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Audited;
import io.loopdesk.ticket.TicketAccess;
import io.loopdesk.ticket.TicketForbiddenException;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * How much a tenant accepts: the largest file and the most per ticket (the tenant's own limits, else
 * {@code loopdesk.attachments.*}), and how many files one submission carries.
 */
@Service
public class AttachmentRules {

    private final ApplicationEventPublisher events;
    private final AttachmentPolicyRepository policies;
    private final AttachmentProperties properties;
    private final TicketAccess access;

    AttachmentRules(
            ApplicationEventPublisher events,
            AttachmentPolicyRepository policies,
            AttachmentProperties properties,
            TicketAccess access) {
        this.events = events;
        this.policies = policies;
        this.properties = properties;
        this.access = access;
    }

    /** The tenant's limits (the configured defaults until its admins change them). */
    public AttachmentLimits limits(long tenantId) {
        return access.readOnlyInTenant(
                tenantId,
                () -> policies.findById(tenantId).map(AttachmentPolicy::limits).orElseGet(this::defaults));
    }

    /** Changes a tenant's limits; for its tenant admins and platform operators. */
    public AttachmentLimits change(long tenantId, AttachmentLimits limits, Actor actor) {
        boolean admin =
                actor.has(Role.PLATFORM_OPERATOR) || (actor.has(Role.TENANT_ADMIN) && actor.tenantId() == tenantId);
        if (!admin) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.attachmentLimits",
                    "Only the tenant's admins change its attachment limits.");
        }
        return access.inTransaction(actor, () -> {
            AttachmentLimits before = limits(tenantId);
            AttachmentPolicy policy = policies.findById(tenantId).orElseGet(() -> new AttachmentPolicy(tenantId));
            policy.change(limits);
            AttachmentLimits after = policies.save(policy).limits();
            events.publishEvent(new Audited(tenantId, "attachment-limits.changed", "attachments", before, after));
            return after;
        });
    }

    /** The media types accepted, as Tika names them. */
    public List<String> allowedTypes() {
        return properties.allowedTypes();
    }

    public int maxFiles() {
        return properties.maxFiles();
    }

    public void checkCount(int files) {
        if (files > properties.maxFiles()) {
            throw AttachmentRefusedException.of(
                    "attachment.too-many",
                    "At most " + properties.maxFiles() + " files can be sent at once.",
                    List.of(properties.maxFiles()));
        }
    }

    private AttachmentLimits defaults() {
        return new AttachmentLimits(
                properties.maxFileSize().toBytes(), properties.maxTicketSize().toBytes());
    }
}
