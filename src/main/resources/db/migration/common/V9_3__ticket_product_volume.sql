-- ticket module: the incident radar counts each product's tickets over a window and the week before it (surges);
-- an index in the registration order gives that range without reading the tenant's other tickets
create index ticket_tenant_product_idx on ticket (tenant_id, product, registered_at, id);
