-- The audit trail is evidence: refuse any update or delete, whoever asks.
create trigger audit_record_append_only
    before update, delete on audit_record
    for each row call 'io.loopdesk.shared.AppendOnlyTrigger';
