-- routing module: surges (突发). A tenant's rule: a category's or product's count over the last window at least the
-- minimum and at least factor times its baseline (its average per window over the seven days before).
alter table routing_settings add column surge_window_min integer default 60 not null;
alter table routing_settings add column surge_factor double precision default 3.0 not null;
alter table routing_settings add column surge_minimum integer default 10 not null;

-- each surge found, with the incident proposed for it (or the open proposal it joined). One per category or
-- product while it lasts: the surge still going on is marked ongoing (true, else null), and the unique key lets
-- only one node record it, whichever sees it first.
create sequence routing_surge_seq start with 1 increment by 50;
create table routing_surge (
    id             bigint primary key,
    tenant_id      bigint           not null references tenant (id),
    key_kind       varchar(20)      not null,
    key_code       varchar(200)     not null,
    window_minutes integer          not null,
    count_in_window bigint          not null,
    baseline       double precision not null,
    detected_at    timestamp(6) with time zone not null,
    last_seen_at   timestamp(6) with time zone not null,
    incident_id    bigint           not null references incident (id),
    ongoing        boolean,
    version        integer          not null,
    constraint routing_surge_ongoing_uk unique (tenant_id, key_kind, key_code, ongoing)
);
create index routing_surge_tenant_detected_idx on routing_surge (tenant_id, detected_at);
create index routing_surge_incident_idx on routing_surge (incident_id);

-- Surges of one category tree (a top level and its subcategories), or of one product, are raised one at a time on
-- every node: the raising transaction locks this row first, so it sees what the one before it recorded (a top level
-- is not raised again for the surge of one of its subcategories).
create table routing_surge_lock (
    tenant_id bigint       not null references tenant (id),
    key_kind  varchar(20)  not null,
    family    varchar(200) not null,
    primary key (tenant_id, key_kind, family)
);
