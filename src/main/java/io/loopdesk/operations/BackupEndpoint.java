package io.loopdesk.operations;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup}: writes a backup archive on this node and answers what is in it. Like every
 * actuator endpoint but health and info, only platform operators may call it ({@code ./loopdesk backup} does).
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private final ApplicationEventPublisher events;
    private final Backups backups;

    BackupEndpoint(ApplicationEventPublisher events, Backups backups) {
        this.events = events;
        this.backups = backups;
    }

    @WriteOperation
    WebEndpointResponse<Object> create() {
        try {
            BackupReport report = backups.create();
            events.publishEvent(new Audited(TenantScope.ALL_TENANTS, "backup.created", report.archive(), null, report));
            return new WebEndpointResponse<>(report, WebEndpointResponse.STATUS_OK);
        } catch (BackupInProgressException e) {
            return problem(409, e);
        } catch (UnsupportedDatabaseException e) {
            return problem(422, e);
        } catch (BackupFailedException e) {
            return problem(WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR, e);
        }
    }

    private static WebEndpointResponse<Object> problem(int status, RuntimeException e) {
        return new WebEndpointResponse<>(Map.of("status", status, "detail", e.getMessage()), status);
    }
}
