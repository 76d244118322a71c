-- Every scan by an officer: who, where, when, what verdict, which number. Append-only.
create table scan_log (
    id                 bigserial primary key,
    scanned_at         timestamptz not null,
    officer            text        not null,
    post_code          char(5)     not null references customs_post (code),
    country            char(2)     not null,
    verdict            text        not null,
    consignment_number char(18),
    method             text        not null check (method in ('QR_TEXT', 'IMAGE', 'NUMBER'))
);

create index scan_log_consignment on scan_log (consignment_number, scanned_at desc);

-- A genuine scan at a post off the itinerary opens the record to that post (the truck is there).
create table scan_access (
    consignment_number char(18)    not null references consignment (number),
    post_code          char(5)     not null references customs_post (code),
    granted_at         timestamptz not null,
    primary key (consignment_number, post_code)
);
