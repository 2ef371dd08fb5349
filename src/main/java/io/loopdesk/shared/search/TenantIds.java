package io.loopdesk.shared.search;

import org.hibernate.search.mapper.pojo.tenancy.TenantIdentifierConverter;

/**
 * Tenant ids are numbers in the database ({@code @TenantId Long}) and strings in the search index; set as Hibernate
 * Search's tenant identifier converter in {@code application.properties}.
 */
public final class TenantIds implements TenantIdentifierConverter {

    @Override
    public String toStringValue(Object tenantId) {
        return tenantId.toString();
    }

    @Override
    public Object fromStringValue(String tenantId) {
        return Long.valueOf(tenantId);
    }
}
