-- The number a staff member can be reached on at work, printed on what they hand to people (a referral slip).
alter table staff_member add column work_phone varchar(40);
