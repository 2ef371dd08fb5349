-- reporting module: who receives the monthly report by e-mail, and which months' reports were sent (once per tenant
-- and month, however many nodes look)
create table report_subscription (
    user_id    bigint primary key,
    tenant_id  bigint not null references tenant (id),
    created_at timestamp(6) with time zone not null
);
create index report_subscription_tenant_idx on report_subscription (tenant_id);

create table report_monthly_sent (
    tenant_id bigint     not null references tenant (id),
    report_month varchar(7) not null,
    sent_at   timestamp(6) with time zone not null,
    constraint report_monthly_sent_pk primary key (tenant_id, report_month)
);
