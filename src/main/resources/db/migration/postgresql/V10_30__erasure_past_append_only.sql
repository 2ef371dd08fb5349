-- History and audit trail stay append-only, except for one thing: erasing a whole tenant whose data the operator
-- scheduled for deletion after its suspension (operations.portability.TenantErasure), which marks its own
-- transaction with loopdesk.erasing = 'on'. Updates are refused as before.
create or replace function ticket_history_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('loopdesk.erasing', true) = 'on' then
        return old;
    end if;
    raise exception 'ticket_history is append-only: % refused', tg_op;
end;
$$;

create or replace function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('loopdesk.erasing', true) = 'on' then
        return old;
    end if;
    raise exception 'audit_record is append-only: % refused', tg_op;
end;
$$;
