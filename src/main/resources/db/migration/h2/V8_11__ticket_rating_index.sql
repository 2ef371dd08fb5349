-- The rating filter reads newest first like every list (see the PostgreSQL migration of the same version; H2 has no
-- partial indexes).
create index ticket_tenant_rating_idx on ticket (tenant_id, rating_satisfaction, registered_at, id);
