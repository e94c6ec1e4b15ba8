-- The appointment the person has at the service, when one was set: printed on their slip, which is
-- what they carry.
alter table referral add column appointment_on date, add column appointment_at time;
