-- routing module: a tenant's own example sentences for the classification by meaning (issue 24), one
-- 'category | sentence' per line as the tenant admin wrote them; a tenant without a row uses the shipped ones.
create table routing_meaning_examples (
    tenant_id  bigint primary key references tenant (id),
    text       varchar(200000) not null,
    changed_at timestamp(6) with time zone not null
);
