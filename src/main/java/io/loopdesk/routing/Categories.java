package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.routing.category.Category;
import io.loopdesk.routing.category.CategoryRepository;
import io.loopdesk.routing.category.DefaultCategories;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.CategoryName;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's categories and where each sends its tickets. A tenant starts with the categories of REQUIREMENTS §4;
 * a sub-category without its own team uses its parent's.
 */
@Service
public class Categories implements CategoryDirectory {

    private final Remembered<Long, List<CategoryView>> remembered;
    private final ApplicationEventPublisher events;
    private final CategoryRepository categories;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separately;

    Categories(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            CategoryRepository categories,
            PlatformTransactionManager transactionManager) {
        this.remembered = Remembered.perTenant("categories", Duration.ofMinutes(10), signals);
        this.events = events;
        this.categories = categories;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The tenant's categories by code, creating the defaults on first use. Every new ticket needs them, so each node
     * remembers them until any node changes them.
     */
    public List<CategoryView> of(long tenantId) {
        return remembered.get(tenantId, this::load);
    }

    @Override
    public List<CategoryName> categoriesIn(long tenantId) {
        return of(tenantId).stream()
                .map(c -> new CategoryName(
                        c.code(), c.nameZh(), c.nameEn(), c.code().equals(CategoryView.NEEDS_REFINEMENT)))
                .toList();
    }

    private List<CategoryView> load(long tenantId) {
        List<CategoryView> found = read(tenantId);
        if (!found.isEmpty()) {
            return found;
        }
        try {
            TenantScope.inTenant(
                    tenantId,
                    () -> separately.executeWithoutResult(status ->
                            DefaultCategories.ALL.forEach(view -> categories.save(new Category(tenantId, view)))));
        } catch (DataIntegrityViolationException seededElsewhere) {
            // another node or thread seeded the same tenant at the same moment: theirs are as good as ours
        }
        return read(tenantId);
    }

    private List<CategoryView> read(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> categories.findByTenantIdOrderByCode(tenantId).stream()
                        .map(Category::view)
                        .toList()));
    }

    /** Where a category's tickets go: its own team and skill, else its parent's. */
    public Destination destinationOf(long tenantId, @Nullable String code) {
        if (code == null) {
            return new Destination(null, null);
        }
        Map<String, CategoryView> byCode =
                of(tenantId).stream().collect(Collectors.toMap(CategoryView::code, Function.identity()));
        CategoryView own = byCode.get(code);
        CategoryView parent =
                own == null || own.parent() == null ? byCode.get(parentOf(code)) : byCode.get(own.parent());
        Long team = own != null && own.teamId() != null ? own.teamId() : parent == null ? null : parent.teamId();
        String skill = own != null && own.skill() != null ? own.skill() : parent == null ? null : parent.skill();
        return new Destination(team, skill);
    }

    /** Adds or changes a category; tenant admins only. */
    public CategoryView save(long tenantId, CategoryView category, Actor actor) {
        requireAdmin(tenantId, actor);
        if (category.parent() != null
                && of(tenantId).stream().noneMatch(c -> c.code().equals(category.parent()))) {
            throw new RoutingRefusedException(
                    "code", "routing.category.parent", "The parent category " + category.parent() + " does not exist.");
        }
        CategoryView saved = TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> {
                    Category row = categories
                            .findByTenantIdAndCode(tenantId, category.code())
                            .orElse(null);
                    if (row == null) {
                        CategoryView added = categories
                                .save(new Category(tenantId, category))
                                .view();
                        events.publishEvent(
                                new Audited(tenantId, "routing.changed", "category " + added.code(), null, added));
                        return added;
                    }
                    CategoryView before = row.view();
                    row.change(category);
                    events.publishEvent(
                            new Audited(tenantId, "routing.changed", "category " + before.code(), before, row.view()));
                    return row.view();
                }));
        remembered.forget(tenantId);
        return saved;
    }

    public Optional<CategoryView> find(long tenantId, String code) {
        return of(tenantId).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** Where a category sends its tickets. */
    public record Destination(
            @Nullable Long teamId, @Nullable String skill) {}

    static void requireAdmin(long tenantId, Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR) && !(actor.has(Role.TENANT_ADMIN) && actor.tenantId() == tenantId)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.settings",
                    "Only the tenant's admins change routing.");
        }
    }

    private static @Nullable String parentOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
