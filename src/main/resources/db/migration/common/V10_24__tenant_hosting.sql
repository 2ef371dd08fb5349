-- tenant module: what the platform hosts for a tenant (seed 000) and the brand's authorisation to do so. Without an
-- authorisation no platform operator opens the tenant's tickets; tenants registered before this change have none and
-- must be authorised in the console, so that no operator keeps an access the brand never gave.
alter table tenant add column hosted_channels varchar(100) default '' not null;
alter table tenant add column service_regions varchar(500) default '' not null;
alter table tenant add column reply_strategy varchar(4000) default '' not null;
alter table tenant add column hosting_authorised_at timestamp(6) with time zone;
alter table tenant add column hosting_authorisation varchar(200);
