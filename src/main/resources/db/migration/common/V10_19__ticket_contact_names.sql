-- A list's text finds a ticket by its customer's or contact person's name; a two-character name (王芳) has no
-- trigram for the contact_text index, so it is looked up as the whole name.
create index ticket_customer_name_idx on ticket (tenant_id, customer_name);
create index ticket_contact_person_idx on ticket (tenant_id, contact_person);
