-- ticket module: its events moved from io.loopdesk.ticket to io.loopdesk.ticket.event. Publications not yet
-- completed (republished on restart) name the event's class in event_type and, in listener_id, the listener method
-- with its parameter type (a concrete event or TicketEvents); both follow the class, or the publication would
-- find no event class and no listener.
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketOpened' where event_type = 'io.loopdesk.ticket.TicketOpened';
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketAssigned' where event_type = 'io.loopdesk.ticket.TicketAssigned';
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketStatusChanged' where event_type = 'io.loopdesk.ticket.TicketStatusChanged';
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketMessageAdded' where event_type = 'io.loopdesk.ticket.TicketMessageAdded';
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketReclassified' where event_type = 'io.loopdesk.ticket.TicketReclassified';
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketProgressRecorded' where event_type = 'io.loopdesk.ticket.TicketProgressRecorded';
update event_publication set event_type = 'io.loopdesk.ticket.event.TicketEdited' where event_type = 'io.loopdesk.ticket.TicketEdited';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketEvents)', '(io.loopdesk.ticket.event.TicketEvents)')
    where listener_id like '%(io.loopdesk.ticket.TicketEvents)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketOpened)', '(io.loopdesk.ticket.event.TicketOpened)')
    where listener_id like '%(io.loopdesk.ticket.TicketOpened)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketAssigned)', '(io.loopdesk.ticket.event.TicketAssigned)')
    where listener_id like '%(io.loopdesk.ticket.TicketAssigned)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketStatusChanged)', '(io.loopdesk.ticket.event.TicketStatusChanged)')
    where listener_id like '%(io.loopdesk.ticket.TicketStatusChanged)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketMessageAdded)', '(io.loopdesk.ticket.event.TicketMessageAdded)')
    where listener_id like '%(io.loopdesk.ticket.TicketMessageAdded)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketReclassified)', '(io.loopdesk.ticket.event.TicketReclassified)')
    where listener_id like '%(io.loopdesk.ticket.TicketReclassified)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketProgressRecorded)', '(io.loopdesk.ticket.event.TicketProgressRecorded)')
    where listener_id like '%(io.loopdesk.ticket.TicketProgressRecorded)';
update event_publication set listener_id = replace(listener_id, '(io.loopdesk.ticket.TicketEdited)', '(io.loopdesk.ticket.event.TicketEdited)')
    where listener_id like '%(io.loopdesk.ticket.TicketEdited)';
