-- Rail border stations and a port for block trains and ferries (Uzbekistan – Turkmenistan –
-- Azerbaijan – Georgia, and the Kazakhstan – Turkmenistan line). Only new posts: the kind and code of
-- every earlier post stay as they are. Coordinates are WGS84 degrees, approximate to the station.

insert into customs_post (code, name, country, kind, latitude, longitude) values
    ('UZKEL', 'Keles (rail)', 'UZ', 'RAIL', 41.40800, 69.19500),
    ('KZSAR', 'Saryagash (rail)', 'KZ', 'RAIL', 41.45900, 69.17000),
    ('UZKHJ', 'Khodjadavlet (rail)', 'UZ', 'RAIL', 39.35000, 63.83000),
    ('TMFRR', 'Farap (rail)', 'TM', 'RAIL', 39.17000, 63.60000),
    ('KZBOL', 'Bolashak (rail)', 'KZ', 'RAIL', 41.57000, 53.79000),
    ('TMSER', 'Serhetyaka (rail)', 'TM', 'RAIL', 41.50000, 53.82000),
    ('AZBKK', 'Boyuk-Kasik (rail)', 'AZ', 'RAIL', 41.32000, 45.10000),
    ('GEGRD', 'Gardabani (rail)', 'GE', 'RAIL', 41.45000, 45.08000),
    ('KZKUR', 'Kuryk', 'KZ', 'PORT', 43.17000, 51.66000);

update customs_post p set counterpart = case when p.code = pair.one then pair.other else pair.one end
from (values
    ('UZKEL', 'KZSAR'), ('UZKHJ', 'TMFRR'), ('KZBOL', 'TMSER'), ('AZBKK', 'GEGRD')
) as pair(one, other)
where p.code in (pair.one, pair.other);
