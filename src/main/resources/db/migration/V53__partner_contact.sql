-- Contact points of a partner organisation, in the order the directory lists them.
create table partner_contact (
    partner_id  uuid         not null references partner_organisation (id) on delete cascade,
    position    integer      not null,
    name        varchar(200) not null,
    role        varchar(200),
    email       varchar(320),
    phone       varchar(32),
    primary key (partner_id, position)
);
