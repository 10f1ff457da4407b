-- Reference numbers come from one sequence instead of a counter row per office and year: a counter row serialised
-- every registration of an office behind the previous one's commit. References stay unique (and so unique per
-- office); numbers of one office are increasing but no longer consecutive.
create sequence client_reference_number as bigint start with 1;
drop table client_reference_counter;
