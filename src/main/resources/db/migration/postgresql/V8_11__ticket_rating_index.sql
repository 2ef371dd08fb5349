-- The rating filter (dissatisfied, neutral, satisfied) reads newest first like every list. Only rated tickets are
-- indexed: most tickets are never rated, and "not rated yet" finds its newest matches at once in the tenant index.
create index ticket_tenant_rating_idx on ticket (tenant_id, rating_satisfaction, registered_at, id)
    where rating_satisfaction is not null;
