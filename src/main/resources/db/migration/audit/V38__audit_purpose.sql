-- Why a record was touched (care, supervision, operations, payment, evaluation, own_record), beside
-- what was done. Rows written before this column existed keep null and verify as before: the seal
-- covers the purpose only when a row has one.
alter table audit_event add column purpose varchar(20);
