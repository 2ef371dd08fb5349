-- The list's text filter looks for words in the search index (titles, descriptions, messages and progress records,
-- segmented into words); the trigram indexes of V6_6 on the title and the description serve no query any more and
-- cost every new ticket two index updates. The contact fields keep theirs (V8_13): a part of a phone number is
-- looked up there.
drop index if exists ticket_title_trgm_idx;
drop index if exists ticket_description_trgm_idx;
