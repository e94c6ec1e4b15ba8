-- A supervisor's view of the team's workload reads each worker's notes of the last four weeks.
create index contact_note_author_day on contact_note (author_id, contact_date);
