-- Carrier organizations and the people who use Karvon.

create table organization (
    id         uuid primary key,
    name       text        not null check (length(name) between 1 and 200),
    country    char(2)     not null references country (code),
    created_at timestamptz not null default now()
);

create unique index organization_name on organization (lower(name));

create table app_user (
    id              uuid primary key,
    username        text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    password_hash   text        not null,
    role            text        not null check (role in ('ADMIN', 'CARRIER', 'OFFICER')),
    organization_id uuid        references organization (id),
    post_code       char(5)     references customs_post (code),
    created_at      timestamptz not null default now(),
    -- a carrier belongs to exactly one organization, an officer to exactly one post
    check (role <> 'CARRIER' or (organization_id is not null and post_code is null)),
    check (role <> 'OFFICER' or (post_code is not null and organization_id is null)),
    check (role <> 'ADMIN' or (post_code is null and organization_id is null))
);

create unique index app_user_username on app_user (username);

-- Secrets the service generates for itself on first start (never shipped in the repository).
create table service_secret (
    name       text primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);
