-- Category filters read newest first (see V6_4): indexes in the list order for the top level and the full code.
drop index ticket_tenant_category_idx;
create index ticket_tenant_category_idx on ticket (tenant_id, category, registered_at, id);
create index ticket_tenant_category_root_idx on ticket (tenant_id, category_root, registered_at, id);
