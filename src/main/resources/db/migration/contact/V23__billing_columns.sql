-- What a claim needs in separate columns: the payer, the HCPCS procedure code and its modifier
-- (H0038 with HQ for groups), and the CMS place-of-service code for how and where a contact
-- happened. All kept as data, so a program can follow its own payer's rules.
alter table payer_rule add column payer varchar(100) not null default 'Medicaid';
alter table payer_rule add column procedure_code varchar(10);
alter table payer_rule add column modifier varchar(10);
update payer_rule set procedure_code = split_part(code, '-', 1),
                      modifier = nullif(split_part(code, '-', 2), '');
alter table payer_rule alter column procedure_code set not null;

-- CMS place-of-service codes by contact mode: 02 telehealth (the person's location unknown),
-- 11 office, 12 home, 99 other place (a walk, an errand, an appointment in the community).
create table place_of_service (
    mode        varchar(30) primary key,
    code        varchar(2)   not null,
    description varchar(100) not null
);
insert into place_of_service values
    ('PHONE_CALL', '02', 'Telehealth provided other than in patient''s home'),
    ('TEXT_MESSAGES', '02', 'Telehealth provided other than in patient''s home'),
    ('VIDEO', '02', 'Telehealth provided other than in patient''s home'),
    ('OFFICE_OR_DROP_IN', '11', 'Office'),
    ('HOME_VISIT', '12', 'Home'),
    ('WALK', '99', 'Other place of service'),
    ('ERRAND', '99', 'Other place of service'),
    ('ACCOMPANYING', '99', 'Other place of service'),
    ('GROUP', '11', 'Office');
