-- The audit trail is evidence: refuse any update or delete, whoever asks.
create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op;
end;
$$;

create trigger audit_record_append_only
    before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
