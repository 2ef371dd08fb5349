-- reporting module: marks are read by ticket id only; the index by tenant cost every ticket change a write for nothing
drop index report_mark_tenant_idx;
