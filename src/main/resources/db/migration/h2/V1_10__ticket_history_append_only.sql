-- The ticket history is evidence: refuse any update or delete, whoever asks.
create trigger ticket_history_append_only
    before update, delete on ticket_history
    for each row call 'io.loopdesk.shared.AppendOnlyTrigger';
