-- Member states, the neighbours cargo crosses, and their customs posts.
-- Coordinates are WGS84 degrees, approximate to the crossing point.

create table country (
    code   char(2) primary key check (code ~ '^[A-Z]{2}$'),
    name   text    not null,
    member boolean not null
);

create table customs_post (
    code        char(5) primary key check (code ~ '^[A-Z]{5}$'),
    name        text          not null,
    country     char(2)       not null references country (code),
    kind        text          not null check (kind in ('BORDER', 'INLAND', 'PORT', 'RAIL')),
    latitude    numeric(8, 5) not null,
    longitude   numeric(8, 5) not null,
    counterpart char(5)       references customs_post (code),
    check (substr(code, 1, 2) = country)
);

create index customs_post_country on customs_post (country);

insert into country (code, name, member) values
    ('UZ', 'Uzbekistan', true),
    ('KZ', 'Kazakhstan', true),
    ('KG', 'Kyrgyzstan', true),
    ('TJ', 'Tajikistan', true),
    ('TM', 'Turkmenistan', true),
    ('AZ', 'Azerbaijan', true),
    ('CN', 'China', false),
    ('RU', 'Russia', false),
    ('GE', 'Georgia', false),
    ('TR', 'Türkiye', false),
    ('IR', 'Iran', false),
    ('AF', 'Afghanistan', false),
    ('AM', 'Armenia', false),
    ('PK', 'Pakistan', false);

insert into customs_post (code, name, country, kind, latitude, longitude) values
    ('UZTAS', 'Tashkent', 'UZ', 'INLAND', 41.29950, 69.24010),
    ('UZSAM', 'Samarkand', 'UZ', 'INLAND', 39.65420, 66.95970),
    ('UZYAL', 'Yallama', 'UZ', 'BORDER', 41.07900, 68.99300),
    ('UZDST', 'Dostlik', 'UZ', 'BORDER', 40.53800, 72.63500),
    ('UZOYB', 'Oybek', 'UZ', 'BORDER', 40.64300, 69.38900),
    ('UZALT', 'Alat', 'UZ', 'BORDER', 39.43000, 63.77700),
    ('UZAYR', 'Ayritom (Termez)', 'UZ', 'RAIL', 37.23000, 67.26000),
    ('KZZHZ', 'Zhibek Zholy', 'KZ', 'BORDER', 41.37000, 69.04200),
    ('KZKOR', 'Kordai', 'KZ', 'BORDER', 43.03400, 74.71100),
    ('KZALA', 'Almaty', 'KZ', 'INLAND', 43.23890, 76.88970),
    ('KZKHO', 'Khorgos', 'KZ', 'BORDER', 44.21300, 80.32200),
    ('KZDOS', 'Dostyk (rail)', 'KZ', 'RAIL', 45.25000, 82.48000),
    ('KZAKT', 'Aktau', 'KZ', 'PORT', 43.65000, 51.17000),
    ('KGDST', 'Dostuk', 'KG', 'BORDER', 40.54500, 72.66000),
    ('KGAKZ', 'Ak-Zhol', 'KG', 'BORDER', 42.97000, 74.68000),
    ('KGBIS', 'Bishkek', 'KG', 'INLAND', 42.87460, 74.56980),
    ('KGTOR', 'Torugart', 'KG', 'BORDER', 40.56000, 75.39000),
    ('TJFOT', 'Fotekhobod', 'TJ', 'BORDER', 40.62500, 69.40000),
    ('TJDYU', 'Dushanbe', 'TJ', 'INLAND', 38.55980, 68.78700),
    ('TJPAN', 'Panji Poyon', 'TJ', 'BORDER', 37.22000, 68.83000),
    ('TMFAR', 'Farap', 'TM', 'BORDER', 39.20000, 63.61000),
    ('TMASH', 'Ashgabat', 'TM', 'INLAND', 37.96000, 58.32600),
    ('TMSAR', 'Serakhs', 'TM', 'BORDER', 36.53000, 61.21000),
    ('TMTKB', 'Turkmenbashi', 'TM', 'PORT', 40.02000, 52.97000),
    ('AZBAK', 'Baku (Alat port)', 'AZ', 'PORT', 40.05000, 49.40000),
    ('AZRBR', 'Red Bridge', 'AZ', 'BORDER', 41.33000, 45.07000),
    ('CNHRG', 'Horgos', 'CN', 'BORDER', 44.21400, 80.40500),
    ('CNALA', 'Alashankou', 'CN', 'RAIL', 45.17000, 82.57000),
    ('CNTOR', 'Torugart (Tuergate)', 'CN', 'BORDER', 40.52000, 75.40000),
    ('AFHAI', 'Hairatan', 'AF', 'RAIL', 37.22000, 67.42000),
    ('AFSHB', 'Sher Khan Bandar', 'AF', 'BORDER', 37.18000, 68.63000),
    ('IRSAR', 'Sarakhs', 'IR', 'BORDER', 36.54000, 61.16000),
    ('GERBR', 'Red Bridge (Tsiteli Khidi)', 'GE', 'BORDER', 41.33000, 45.05000);

update customs_post p set counterpart = case when p.code = pair.one then pair.other else pair.one end
from (values
    ('UZYAL', 'KZZHZ'), ('UZDST', 'KGDST'), ('UZOYB', 'TJFOT'), ('UZALT', 'TMFAR'), ('UZAYR', 'AFHAI'),
    ('KZKOR', 'KGAKZ'), ('KZKHO', 'CNHRG'), ('KZDOS', 'CNALA'), ('KGTOR', 'CNTOR'), ('TJPAN', 'AFSHB'),
    ('TMSAR', 'IRSAR'), ('TMTKB', 'AZBAK'), ('AZRBR', 'GERBR')
) as pair(one, other)
where p.code in (pair.one, pair.other);
