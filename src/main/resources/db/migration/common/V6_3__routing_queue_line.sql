-- the assigner reads the queue by position in the line (priority, age, then ticket) instead of by offset
drop index routing_queue_order_idx;
create index routing_queue_line_idx on routing_queue (tenant_id, priority desc, enqueued_at, ticket_id);
