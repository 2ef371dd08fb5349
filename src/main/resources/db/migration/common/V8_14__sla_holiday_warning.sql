-- sla: one warning per tenant and year that its calendars list no holidays for that year, however many nodes check
create table sla_holiday_warning (
    tenant_id bigint                      not null references tenant (id),
    for_year  integer                     not null,
    warned_at timestamp(6) with time zone not null,
    primary key (tenant_id, for_year)
);
