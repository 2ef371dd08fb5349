-- Metering for hosted support (seed 000: App 用户反馈、邮件 "一条 Feedback ID 计一次费用"): one row per billed ticket,
-- written in the transaction that registers it, so a retried or racing submission that makes no ticket makes no
-- row, and the ticket's id as key makes a second row impossible. usage_day is the tenant's local day at
-- registration, kept as it was even if the tenant later changes its time zone: a statement once sent stays true.
create table usage_unit (
    ticket_id  bigint      not null,
    tenant_id  bigint      not null references tenant (id),
    kind       varchar(20) not null,
    usage_day  date        not null,
    counted_at timestamp(6) with time zone not null,
    constraint usage_unit_pk primary key (ticket_id)
);
create index usage_unit_day on usage_unit (tenant_id, usage_day);

-- Tickets registered before metering count too; their day is taken in the database's time zone, as the tenant's
-- zone is not known to SQL here.
insert into usage_unit (ticket_id, tenant_id, kind, usage_day, counted_at)
select id, tenant_id, case when channel = 'APP' then 'APP_FEEDBACK' else 'EMAIL' end, cast(registered_at as date),
       registered_at
from ticket
where channel in ('APP', 'EMAIL');
