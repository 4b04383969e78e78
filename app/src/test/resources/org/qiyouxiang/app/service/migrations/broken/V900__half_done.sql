-- A migration that fails half-way: the first statement is applied (H2 cannot roll DDL back), the second fails.
create table half_done (id int, constraint pk_half_done primary key (id));
alter table no_such_table add column x int;
