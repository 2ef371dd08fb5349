-- The text filter finds a ticket by its customer's phone number, e-mail address or name too. The four contact fields
-- are one lower-cased column kept by the database, with a trigram index like the title's and the description's
-- (V6_6), so "contains" on them is one more arm of the same indexed or: a list query stays one indexed read.
alter table ticket add column contact_text varchar(700) generated always as (
    lower(coalesce(customer_name, '') || ' ' || coalesce(contact_person, '') || ' ' || coalesce(contact, '') || ' '
          || coalesce(phone, ''))) stored;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index ticket_contact_text_trgm_idx on ticket using gin (contact_text gin_trgm_ops);
    end if;
end $$;
