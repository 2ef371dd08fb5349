package io.loopdesk.operations.portability;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.search.SearchRebuildRequested;
import io.loopdesk.ticket.CheckedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a tenant archive into this installation (an operator moving a brand here from another Loopdesk): the
 * files into this installation's store, the rows into its database, then the tenant's search index rebuilt and the
 * import recorded in the tenant's audit trail.
 */
@Service
public class TenantImports {

    private final TenantImport importer;
    private final ApplicationEventPublisher events;

    TenantImports(DataSource dataSource, CheckedFiles files, JsonMapper json, ApplicationEventPublisher events) {
        this.importer = new TenantImport(
                dataSource,
                new TenantImport.FileStore() {
                    @Override
                    public String put(InputStream content) throws IOException {
                        return files.restore(content);
                    }

                    @Override
                    public void delete(String key) {
                        files.discard(key);
                    }
                },
                json);
        this.events = events;
    }

    /**
     * Imports the archive {@code archive} yields.
     *
     * @throws ImportRefusedException when it cannot be imported; nothing is kept then
     */
    public TenantImport.Result importArchive(InputStream archive) throws IOException {
        TenantImport.Result result = importer.read(archive);
        events.publishEvent(new Audited(
                result.tenantId(), "tenant.imported", result.tenantCode(), null, Map.of("rows", result.rows())));
        events.publishEvent(new SearchRebuildRequested(result.tenantId()));
        return result;
    }
}
