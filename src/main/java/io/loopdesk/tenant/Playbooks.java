package io.loopdesk.tenant;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hosted brand's special-process playbooks (inventory, logistics, repair, returns): set by platform operators, seen
 * by agents as a checklist on the tickets each matches. Additions and removals are in the brand's audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Playbooks {

    static final int MAX_PER_TENANT = 50;
    static final int MAX_STEPS = 30;
    private static final Pattern CATEGORY = Pattern.compile("[\\p{L}\\p{N}_-]{1,48}(\\.[\\p{L}\\p{N}_-]{1,48})?");

    private final PlaybookRepository repository;
    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Playbooks(PlaybookRepository repository, TenantRepository tenants, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    /** The tenant's playbooks, oldest first. */
    public List<PlaybookView> of(long tenantId) {
        return repository.findByTenantIdOrderById(tenantId).stream()
                .map(Playbook::view)
                .toList();
    }

    /** The tenant's playbooks that apply to a ticket in {@code category} whose title and description are {@code text}. */
    public List<PlaybookView> matching(long tenantId, @Nullable String category, String text) {
        return of(tenantId).stream().filter(p -> p.matches(category, text)).toList();
    }

    /**
     * Adds a playbook to the tenant.
     *
     * @throws TenantRefusedException naming the field that breaks its rule: a name of 1–100 characters; 1–30 steps of
     *     at most 200 characters each; a category code, keywords (at most 500 characters) or both, so it applies to
     *     something; at most 50 per tenant; or (NOT_FOUND) there is no such tenant
     */
    @Transactional
    public PlaybookView add(long tenantId, PlaybookDraft draft) {
        Tenant tenant = tenants.findById(tenantId)
                .orElseThrow(() -> refused(
                        DomainException.Kind.NOT_FOUND, "tenant", "tenant.unknown", "There is no such tenant."));
        check(draft);
        if (repository.countByTenantId(tenantId) >= MAX_PER_TENANT) {
            throw refused(
                    DomainException.Kind.CONFLICT,
                    "name",
                    "tenant.playbook.tooMany",
                    "A tenant has at most " + MAX_PER_TENANT + " playbooks; remove one first.");
        }
        PlaybookView added =
                repository.save(new Playbook(tenantId, draft, clock.instant())).view();
        events.publishEvent(new Audited(tenantId, "tenant.playbook.added", tenant.code(), null, added));
        return added;
    }

    /** Removes a playbook; ticks already made on tickets stay in their history. */
    @Transactional
    public void remove(long tenantId, long playbookId) {
        Playbook playbook = repository
                .findById(playbookId)
                .filter(p -> p.tenantId() == tenantId)
                .orElseThrow(() -> refused(
                        DomainException.Kind.NOT_FOUND,
                        "playbook",
                        "tenant.playbook.unknown",
                        "There is no such playbook."));
        PlaybookView removed = playbook.view();
        repository.delete(playbook);
        events.publishEvent(new Audited(tenantId, "tenant.playbook.removed", removed.name(), removed, null));
    }

    private static void check(PlaybookDraft draft) {
        String name = draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw refused(
                    DomainException.Kind.INVALID,
                    "name",
                    "tenant.playbook.name",
                    "A playbook name has 1–100 characters.");
        }
        List<String> steps = draft.stepList();
        if (steps.isEmpty() || steps.size() > MAX_STEPS || steps.stream().anyMatch(s -> s.length() > 200)) {
            throw refused(
                    DomainException.Kind.INVALID,
                    "steps",
                    "tenant.playbook.steps",
                    "Write 1–30 steps, one per line, each at most 200 characters.");
        }
        String category = draft.categoryCode();
        if (category != null && !CATEGORY.matcher(category).matches()) {
            throw refused(
                    DomainException.Kind.INVALID,
                    "category",
                    "tenant.playbook.category",
                    "A category is given by its code, such as commercial or commercial.logistics.");
        }
        if (String.join(",", draft.keywordList()).length() > 500) {
            throw refused(
                    DomainException.Kind.INVALID,
                    "keywords",
                    "tenant.playbook.keywords",
                    "Keywords have at most 500 characters.");
        }
        if (category == null && draft.keywordList().isEmpty()) {
            throw refused(
                    DomainException.Kind.INVALID,
                    "keywords",
                    "tenant.playbook.matchesNothing",
                    "Say which tickets it is for: a category, keywords or both.");
        }
    }

    private static TenantRefusedException refused(
            DomainException.Kind kind, String field, String code, String message) {
        return new TenantRefusedException(kind, new FieldProblem(field, code, message));
    }
}
