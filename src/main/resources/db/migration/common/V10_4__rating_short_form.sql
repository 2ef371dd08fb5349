-- survey module: the short form (very satisfied, satisfied, fair, dissatisfied) is the customer's own answer and every
-- rating has it; the four dimensions become optional, and an NPS answer (0-10) is kept where the tenant asks it.
-- Earlier ratings had all four dimensions: their short form is what those read as (any score of 2 or less
-- dissatisfied, every score 4 or more satisfied, else fair), as the ticket lists showed them.
alter table rating add column overall varchar(20);
update rating set overall = case
    when least(response_speed, expertise, resolution, attitude) <= 2 then 'DISSATISFIED'
    when least(response_speed, expertise, resolution, attitude) >= 4 then 'SATISFIED'
    else 'NEUTRAL' end;
alter table rating alter column overall set not null;
alter table rating alter column response_speed drop not null;
alter table rating alter column expertise drop not null;
alter table rating alter column resolution drop not null;
alter table rating alter column attitude drop not null;
alter table rating add column nps integer;
alter table rating add constraint rating_nps_ck check (nps between 0 and 10);
alter table survey_settings add column ask_nps boolean default false not null;

-- reporting module: the dimension means divide by how many rated each dimension, the short form gains
-- "very satisfied", and NPS is counted by group. Earlier rows rated every dimension of every rating.
alter table report_rollup add column very_satisfied bigint default 0 not null;
alter table report_rollup add column rating_speed_count bigint default 0 not null;
alter table report_rollup add column rating_expertise_count bigint default 0 not null;
alter table report_rollup add column rating_resolution_count bigint default 0 not null;
alter table report_rollup add column rating_attitude_count bigint default 0 not null;
alter table report_rollup add column nps_answered bigint default 0 not null;
alter table report_rollup add column nps_promoters bigint default 0 not null;
alter table report_rollup add column nps_detractors bigint default 0 not null;
update report_rollup set rating_speed_count = rated, rating_expertise_count = rated,
    rating_resolution_count = rated, rating_attitude_count = rated where rated <> 0;
alter table report_rollup_month add column very_satisfied bigint default 0 not null;
alter table report_rollup_month add column rating_speed_count bigint default 0 not null;
alter table report_rollup_month add column rating_expertise_count bigint default 0 not null;
alter table report_rollup_month add column rating_resolution_count bigint default 0 not null;
alter table report_rollup_month add column rating_attitude_count bigint default 0 not null;
alter table report_rollup_month add column nps_answered bigint default 0 not null;
alter table report_rollup_month add column nps_promoters bigint default 0 not null;
alter table report_rollup_month add column nps_detractors bigint default 0 not null;
update report_rollup_month set rating_speed_count = rated, rating_expertise_count = rated,
    rating_resolution_count = rated, rating_attitude_count = rated where rated <> 0;

-- the share of solved tickets drawn for a return visit (回访), 0 to 100
alter table survey_settings add column return_visit_percent integer default 0 not null;
alter table survey_settings add column return_visit_critical boolean default false not null;
