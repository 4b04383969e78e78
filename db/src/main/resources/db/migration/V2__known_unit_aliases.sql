-- Spellings of the same lead unit seen in the office's documents.
insert into unit (name) values ('县卫健局'), ('县人社局');
insert into unit_alias (alias, unit_id) select '县卫生健康局', id from unit where name = '县卫健局';
insert into unit_alias (alias, unit_id) select '县卫生和健康局', id from unit where name = '县卫健局';
insert into unit_alias (alias, unit_id) select '县人力社保局', id from unit where name = '县人社局';
insert into unit_alias (alias, unit_id) select '县人力资源和社会保障局', id from unit where name = '县人社局';
