package io.loopdesk.operations;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.search.SearchRebuildRequested;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/searchindex}: has every node rebuild its search indexes (articles, tickets, messages,
 * progress records) from the database while it keeps serving — of every tenant, or of one ({@code ?tenant=code});
 * answers at once (202), the nodes log when they are done. Only platform operators may call it
 * ({@code ./loopdesk reindex [tenant]} does).
 */
@Component
@Endpoint(id = "searchindex")
class SearchIndexEndpoint {

    private final ApplicationEventPublisher events;
    private final Tenants tenants;

    SearchIndexEndpoint(ApplicationEventPublisher events, Tenants tenants) {
        this.events = events;
        this.tenants = tenants;
    }

    @WriteOperation
    WebEndpointResponse<Object> rebuild(@Nullable String tenant) {
        Optional<TenantInfo> one =
                tenant == null || tenant.isBlank() ? Optional.empty() : tenants.byCode(tenant.strip());
        if (tenant != null && !tenant.isBlank() && one.isEmpty()) {
            return new WebEndpointResponse<>(
                    Map.of("status", 404, "detail", "No tenant with the code " + tenant.strip() + "."), 404);
        }
        Long tenantId = one.map(TenantInfo::id).orElse(null);
        events.publishEvent(new SearchRebuildRequested(tenantId));
        events.publishEvent(new Audited(
                tenantId == null ? TenantScope.ALL_TENANTS : tenantId, "search.rebuild", "searchindex", null, null));
        return new WebEndpointResponse<>(
                Map.of(
                        "status",
                        202,
                        "detail",
                        tenantId == null
                                ? "Every node is rebuilding its search indexes from the database."
                                : "Every node is rebuilding the search indexes of "
                                        + one.get().code() + " from the database."),
                202);
    }
}
