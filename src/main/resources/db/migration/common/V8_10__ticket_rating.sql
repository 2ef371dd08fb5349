-- The customer's rating in short on the ticket (survey keeps the scores and comment), so the staff lists show it and
-- filter by it in their one query on the ticket table.
alter table ticket add column rating_average numeric(2, 1);
alter table ticket add column rating_satisfaction varchar(20);

-- Tickets rated before: the same short form the survey module computes (Scores.satisfaction): dissatisfied when any
-- score is 2 or less, satisfied when every score is 4 or more, else neutral.
update ticket set
    rating_average = (select round((r.response_speed + r.expertise + r.resolution + r.attitude) / 4.0, 1)
                      from rating r where r.ticket_number = ticket.number),
    rating_satisfaction = (select case
                               when least(r.response_speed, r.expertise, r.resolution, r.attitude) <= 2 then 'DISSATISFIED'
                               when least(r.response_speed, r.expertise, r.resolution, r.attitude) >= 4 then 'SATISFIED'
                               else 'NEUTRAL' end
                           from rating r where r.ticket_number = ticket.number)
where exists (select 1 from rating r where r.ticket_number = ticket.number);
