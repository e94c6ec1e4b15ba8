-- The language guide: terms that stigmatise, with person-first alternatives. Administrators add
-- to it; it points things out while writing and never blocks saving.
create table language_term (
    term        varchar(100) primary key,
    suggestion  varchar(300) not null,
    added_by    uuid references staff_member (id),
    added_at    timestamptz  not null default now()
);
insert into language_term (term, suggestion) values
    ('addict', 'person with a substance use disorder; person in recovery'),
    ('addicts', 'people with substance use disorders; people in recovery'),
    ('abuser', 'person who uses substances'),
    ('substance abuse', 'substance use; substance use disorder'),
    ('clean', 'not currently using; negative (for a test result)'),
    ('dirty', 'currently using; positive (for a test result)'),
    ('non-compliant', 'chose not to; not in agreement with the plan (say what the person preferred)'),
    ('noncompliant', 'chose not to; not in agreement with the plan (say what the person preferred)'),
    ('manipulative', 'describe what happened and what the person may have needed'),
    ('suffering from', 'living with; experiencing'),
    ('relapse', 'recurrence; return to use'),
    ('junkie', 'person who uses drugs'),
    ('alcoholic', 'person with an alcohol use disorder'),
    ('the mentally ill', 'people with mental health conditions'),
    ('crazy', 'describe the experience in the person''s terms');
