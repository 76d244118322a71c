-- The means of transport after a transshipment (TRANSSHIPMENT event at a port or rail post): mode,
-- plates, wagons and vessel. Null mode: still the declared transport (details.transport). The
-- containers never change, so they stay only in the declaration.

alter table consignment
    add column transport_mode   text check (transport_mode in ('ROAD', 'RAIL', 'SEA', 'MULTIMODAL')),
    add column transport_plates text[],
    add column transport_wagons text[],
    add column transport_vessel text;
