-- sla module: the target "result told within 24 h of solving" (seed 002), calendar time unless a tenant says otherwise
alter table sla_settings add column result_notice bigint default 86400 not null;
alter table sla_settings add column result_notice_basis varchar(20) default 'CALENDAR' not null;

-- notification module: what kind of notice a notification is, for the module that asked for it to hear of its
-- delivery (e.g. survey.result)
alter table notification add column topic varchar(64);

-- reporting module: the new target's outcomes
alter table report_rollup add column result_notice_met bigint default 0 not null;
alter table report_rollup add column result_notice_breached bigint default 0 not null;
alter table report_rollup_month add column result_notice_met bigint default 0 not null;
alter table report_rollup_month add column result_notice_breached bigint default 0 not null;
