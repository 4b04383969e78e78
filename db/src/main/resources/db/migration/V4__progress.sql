-- Issue 4, quarterly progress. The change log learns which quarter a change belongs to and what the
-- clerk was doing (an edit, a paste, an undo, a copy of a year), so that the history reads as the clerk
-- worked and an undo can be told apart from the edit it reverses.
alter table change_log add column quarter int;
alter table change_log add column action varchar(20);
alter table change_log add constraint ck_change_log_quarter check (quarter between 1 and 4);
create index ix_change_log_entity on change_log (entity, entity_id);
