-- A platform operator suspends a tenant (unpaid, ended, abused): its people cannot sign in and its apps are refused
-- until it is reactivated; nothing of it is deleted.
alter table tenant add column suspended_at timestamp(6) with time zone;
alter table tenant add column suspension_reason varchar(500);
