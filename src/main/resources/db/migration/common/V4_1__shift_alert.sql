-- routing: one warning per team and shift day when nobody is on duty, however many nodes notice
create table shift_alert (
    shift_id bigint not null,
    shift_day date  not null,
    raised_at timestamp(6) with time zone not null,
    primary key (shift_id, shift_day)
);
