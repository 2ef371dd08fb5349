-- The category filter takes a top-level category with everything below it. As "category = ? or category like ?"
-- no index gives those tickets newest first, so a first page walked every newer ticket of other categories (tens of
-- thousands on a busy desk). The top level as its own column, kept by the database, and indexes that end in the
-- list order let both a top-level and a two-level filter start at the newest match.
alter table ticket add column category_root varchar(48) generated always as (
    case when position('.' in category) > 0 then substring(category from 1 for position('.' in category) - 1)
         else category end) stored;
