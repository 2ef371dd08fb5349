-- reporting module: the open tickets by status, team and day of registration (UTC), kept by the fold, so the live
-- wall counts a tenant's backlog from a few thousand rows instead of scanning every open ticket.
create table report_backlog (
    tenant_id      bigint      not null references tenant (id),
    status         varchar(32) not null,
    team_id        bigint      not null, -- 0: no team
    registered_day bigint      not null, -- days since 1970-01-01 in UTC
    tickets        bigint      not null,
    constraint report_backlog_pk primary key (tenant_id, registered_day, status, team_id)
);

-- tickets open now were folded before their facts said whether they are open: fold them again
insert into report_mark (ticket_id, tenant_id, mark)
select t.id, t.tenant_id, 0
from ticket t
where t.status in ('NEW', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'AWAITING_CONFIRMATION')
  and not exists (select 1 from report_mark m where m.ticket_id = t.id);
