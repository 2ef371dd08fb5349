-- See the PostgreSQL migration of the same version; H2 has no trigram index, its desks are small.
alter table ticket add column contact_text varchar(700) generated always as (
    lower(coalesce(customer_name, '') || ' ' || coalesce(contact_person, '') || ' ' || coalesce(contact, '') || ' '
          || coalesce(phone, '')));
