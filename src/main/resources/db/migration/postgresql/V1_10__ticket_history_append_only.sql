-- The ticket history is evidence: refuse any update or delete, whoever asks.
create function ticket_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ticket_history is append-only: % refused', tg_op;
end;
$$;

create trigger ticket_history_append_only
    before update or delete on ticket_history
    for each row execute function ticket_history_is_append_only();
