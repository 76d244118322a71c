-- Accounts (issue 11): a COUNTRY_ADMIN administers the officers of one member state; any user can be
-- disabled; token_version goes up on disable and password reset, and tokens carry the version they
-- were issued with, so older tokens are refused (see security.TokenStanding).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'COUNTRY_ADMIN', 'CARRIER', 'OFFICER'));
alter table app_user add column country char(2) references country (code);
alter table app_user add column enabled boolean not null default true;
alter table app_user add column token_version integer not null default 0;
alter table app_user add constraint app_user_country_admin_check
    check ((role = 'COUNTRY_ADMIN') = (country is not null)
       and (role <> 'COUNTRY_ADMIN' or (post_code is null and organization_id is null)));
