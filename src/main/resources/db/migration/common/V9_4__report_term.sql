-- reporting module: the words and two-word phrases feedback used most, per tenant and month of registration (tenant's
-- time zone): how many tickets used each. Kept by the same fold as report_rollup, from each ticket's fact.
create table report_term (
    tenant_id    bigint       not null references tenant (id),
    report_month date         not null,
    phrase       boolean      not null,
    term         varchar(100) not null,
    tickets      bigint       not null,
    constraint report_term_pk primary key (tenant_id, report_month, phrase, term)
);

