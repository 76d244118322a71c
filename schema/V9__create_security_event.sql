-- Failed logins, refusals, user changes and key rotations, for an ADMIN to page through. Append-only.
create table security_event (
    id       bigserial primary key,
    at       timestamptz not null,
    kind     text        not null,
    username text        not null default '',
    address  text        not null default '',
    detail   text        not null default ''
);

create trigger security_event_no_update before update or delete on security_event
    for each row execute function refuse_change_to_append_only();
create trigger security_event_no_truncate before truncate on security_event
    for each statement execute function refuse_change_to_append_only();
