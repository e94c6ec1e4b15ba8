-- The language a staff member chose for Alongside's pages; null follows the browser.
alter table staff_member add column language varchar(8) check (language in ('en', 'es'));
