-- The list's text filter ("contains", q) is lower(title|description) like '%…%'. Without an index a phrase found in
-- few tickets read every ticket of the tenant (2.2 s at a million); trigram indexes find those few directly.
-- PostgreSQL picks per query from its statistics: a phrase of one or two characters has no trigram, and a common
-- word finds its newest matches at once, so those still read the list index newest first. pg_trgm ships with
-- PostgreSQL (contrib) and is a trusted extension; where it cannot be created the filter works as before, only
-- without the index.
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise warning 'pg_trgm is not available (%): the ticket text filter runs without an index', sqlerrm;
end $$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index ticket_title_trgm_idx on ticket using gin (lower(title) gin_trgm_ops);
        create index ticket_description_trgm_idx on ticket using gin (lower(description) gin_trgm_ops);
    end if;
end $$;

-- Whether a phrase is rare or common PostgreSQL judges from its statistics, which by default are renewed after a
-- tenth of the table changed: at a million tickets, 100,000 new ones whose words it has never seen. Every 2 % keeps
-- a new topic from being taken for a rare one for long (a word in the 51,000 newest tickets read every ticket).
alter table ticket set (autovacuum_analyze_scale_factor = 0.02);
