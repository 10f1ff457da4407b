-- Anonymous headcounts of the people at a group session who are not registered clients, by sex and reporting age
-- band (the bands of the reports: 0-14, 15-24, 25-34, 35-49, 50-64, 65+). Absent cells count zero.
create table group_session_headcount (
    session_id uuid        not null references group_session (id),
    sex        varchar(16) not null check (sex in ('FEMALE', 'MALE', 'INTERSEX', 'UNDISCLOSED')),
    age_band   varchar(8)  not null check (age_band in ('0-14', '15-24', '25-34', '35-49', '50-64', '65+')),
    people     integer     not null check (people >= 0),
    primary key (session_id, sex, age_band)
);
