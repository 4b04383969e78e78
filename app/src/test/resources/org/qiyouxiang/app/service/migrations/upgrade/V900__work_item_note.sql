-- A next schema version, for the tests of upgrading: adds a column and fills it.
alter table work_item add column note varchar(200);
update work_item set note = 'upgraded';
