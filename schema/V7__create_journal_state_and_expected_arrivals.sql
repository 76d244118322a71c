-- Where the journal says the cargo has been, kept on the record so that an append need not replay
-- the whole journal: countries entered so far, the country it is in, the country it last left.
alter table consignment
    add column trail_entered      text[]  not null default '{}',
    add column trail_current      char(2),
    add column trail_last_exit    char(2);

-- Consignments heading into a member state: written when cargo departs or exits towards it,
-- removed when it enters, arrives or the record closes. Read by that state's posts.
create table expected_arrival (
    consignment_number char(18) primary key references consignment (number),
    country            char(2)     not null references country (code),
    post_code          char(5)     references customs_post (code),
    from_post          char(5)     not null references customs_post (code),
    since              timestamptz not null
);

create index expected_arrival_country on expected_arrival (country, since);
