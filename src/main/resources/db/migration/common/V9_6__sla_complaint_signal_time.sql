-- sla module: complaint signals counted by period for reports
create index sla_complaint_signal_tenant_time_idx on sla_complaint_signal (tenant_id, detected_at);
