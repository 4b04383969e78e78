-- A migration only a newer app knows: tests use it to make a file this app must refuse.
create table from_a_newer_app (id int, constraint pk_from_a_newer_app primary key (id));
