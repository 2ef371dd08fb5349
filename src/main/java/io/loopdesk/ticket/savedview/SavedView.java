package io.loopdesk.ticket.savedview;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A ticket list kept under a name: its filters and order as a URL query, and the columns it shows. */
@Entity
@Table(name = "saved_view")
public class SavedView {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_view_seq")
    @SequenceGenerator(name = "saved_view_seq", sequenceName = "saved_view_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ownerId;

    @Enumerated(EnumType.STRING)
    private ViewScope scope;

    private @Nullable Long teamId;

    private String name;

    private String page;

    private String filters;

    private String columns;

    private Instant createdAt;

    protected SavedView() {}

    SavedView(long tenantId, long ownerId, NewSavedView view, Instant at) {
        this.tenantId = tenantId;
        this.ownerId = ownerId;
        this.scope = view.scope();
        this.teamId = view.scope() == ViewScope.TEAM ? view.teamId() : null;
        this.name = view.name().strip();
        this.page = view.page();
        this.filters = view.filters();
        this.columns = ViewColumn.write(view.columns());
        this.createdAt = at;
    }

    public long id() {
        return id;
    }

    public long tenantId() {
        return tenantId;
    }

    public long ownerId() {
        return ownerId;
    }

    public ViewScope scope() {
        return scope;
    }

    public @Nullable Long teamId() {
        return teamId;
    }

    public String name() {
        return name;
    }

    /** The list it opens: {@code workspace} or {@code desk}. */
    public String page() {
        return page;
    }

    /** The filters and order as a URL query, without the view's own id. */
    public String filters() {
        return filters;
    }

    public Set<ViewColumn> columns() {
        return ViewColumn.read(columns);
    }

    /** Where the view opens: its list with its filters and its id, so the list shows its name and columns. */
    public String href() {
        return "/" + page + "?" + (filters.isEmpty() ? "" : filters + "&") + "sv=" + id;
    }
}
