-- Sign-ins of the demo organisation, shown on the sign-in page in demo mode only. Passwords are
-- generated when the demo is seeded; nothing here exists outside demo mode.
create table demo_login (
    position    int          primary key,
    email       varchar(254) not null,
    password    varchar(100) not null,
    description varchar(200) not null
);
