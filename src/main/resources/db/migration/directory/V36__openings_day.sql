-- The day (in the organisation's zone) the opening times were last moved on to, so a start on the
-- same day does not renew them all again.
alter table directory_version add column openings_day date;
