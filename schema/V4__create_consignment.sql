-- The shared electronic consignment record. Numbers are never reused: cancelled records stay.
create table consignment (
    number                  char(18) primary key,
    version                 integer     not null check (version >= 1),
    status                  text        not null check (status in ('REGISTERED', 'IN_TRANSIT', 'HELD', 'ARRIVED', 'COMPLETED', 'CANCELLED')),
    carrier_organization_id uuid        not null references organization (id),
    departure_post          char(5)     not null references customs_post (code),
    destination_post        char(5)     not null references customs_post (code),
    itinerary               text[]      not null,
    -- the carrier's declaration (parties, transport, goods, links) in the API's shape
    details                 jsonb       not null,
    -- current seals: the declared ones until a seal check replaces them
    seals                   text[]      not null,
    location_country        char(2),
    location_post           char(5),
    location_at             timestamptz,
    arrived_at              timestamptz,
    -- the signed token of the current version, exactly as the QR code carries it
    qr_token                text        not null,
    -- head of the movement journal: number of events and hash of the last one
    journal_length          bigint      not null default 0,
    journal_head            char(64)    not null default repeat('0', 64),
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create index consignment_carrier on consignment (carrier_organization_id, created_at desc);
create index consignment_itinerary on consignment using gin (itinerary);
create index consignment_status on consignment (status);
