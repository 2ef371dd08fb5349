-- Staff choose per progress record whether the customer sees it in the portal; records made before were all staff
-- only, as the portal showed none.
alter table ticket_progress add column customer_visible boolean default false not null;
