-- See the PostgreSQL migration of the same version; H2 keeps generated columns without being told "stored".
alter table ticket add column category_root varchar(48) generated always as (
    case when position('.' in category) > 0 then substring(category from 1 for position('.' in category) - 1)
         else category end);
