-- sla module: complaint signals found on tickets, one of each kind per ticket
create sequence sla_complaint_signal_seq start with 1 increment by 50;

create table sla_complaint_signal (
    id            bigint primary key,
    tenant_id     bigint       not null references tenant (id),
    ticket_number varchar(32)  not null,
    signal        varchar(30)  not null,
    evidence      varchar(500) not null,
    detected_at   timestamp(6) with time zone not null,
    constraint sla_complaint_signal_once_uk unique (ticket_number, signal)
);
