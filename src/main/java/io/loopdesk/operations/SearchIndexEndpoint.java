package io.loopdesk.operations;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.search.SearchRebuildRequested;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/searchindex}: has every node rebuild its search indexes (articles, tickets, messages,
 * progress records) from the database while it keeps serving; answers at once (202), the nodes log when they are
 * done. Only platform operators may call it ({@code ./loopdesk reindex} does).
 */
@Component
@Endpoint(id = "searchindex")
class SearchIndexEndpoint {

    private final ApplicationEventPublisher events;

    SearchIndexEndpoint(ApplicationEventPublisher events) {
        this.events = events;
    }

    @WriteOperation
    WebEndpointResponse<Object> rebuild() {
        events.publishEvent(new SearchRebuildRequested());
        events.publishEvent(new Audited(TenantScope.ALL_TENANTS, "search.rebuild", "searchindex", null, null));
        return new WebEndpointResponse<>(
                Map.of("status", 202, "detail", "Every node is rebuilding its search indexes from the database."), 202);
    }
}
