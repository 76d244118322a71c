-- Usernames are case-insensitive: 'Officer.UZYAL' and 'officer.uzyal' are one user. Stored as given,
-- unique and looked up by lower(username).
alter table app_user drop constraint app_user_username_check;
alter table app_user add constraint app_user_username_check
    check (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$');
drop index app_user_username;
create unique index app_user_username on app_user (lower(username));

-- Append-only means no TRUNCATE either (row triggers do not fire on it), and the scan log is as
-- append-only as the journal. The runtime role also lacks the privileges (see DatabaseRoles).
create function refuse_change_to_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;

create trigger movement_event_no_truncate before truncate on movement_event
    for each statement execute function refuse_change_to_append_only();
create trigger scan_log_no_update before update or delete on scan_log
    for each row execute function refuse_change_to_append_only();
create trigger scan_log_no_truncate before truncate on scan_log
    for each statement execute function refuse_change_to_append_only();
