-- identity module: an account a service provider's person acts through in a tenant they are granted; it follows the
-- grant and never signs in by itself.
alter table app_user add column delegate_of bigint references app_user (id);
create unique index app_user_delegate_uk on app_user (tenant_id, delegate_of);
