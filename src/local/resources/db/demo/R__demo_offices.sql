-- Demo office network for local runs only (deploy/run; %local.quarkus.flyway.locations adds db/demo).
-- Never part of a production migration path. Idempotent: rows that exist (by code) are left as they are, so
-- renames, moves or deactivations made while trying the API survive restarts and edits of this file.
-- Fixed version-7-shaped ids; their timestamp (2024-07-26 17:04:10.240 UTC) is the rows' creation time.
insert into office (id, code, name, kind, parent_id, country, locality, active, created_at, updated_at, version)
values
    ('0190f000-0000-7000-8000-000000000001', 'BTG', 'Batangas Provincial Migrant Resource Centre',
        'RESOURCE_CENTRE', null, 'PH', 'Batangas City', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000002', 'BTG-LIP', 'Lipa City Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Lipa City', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000003', 'BTG-TAN', 'Tanauan City Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Tanauan', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000004', 'BTG-STO', 'Santo Tomas Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Santo Tomas', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000005', 'BTG-ROS', 'Rosario Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Rosario', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000006', 'BTG-NAS', 'Nasugbu Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Nasugbu', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000007', 'BTG-BAL', 'Balayan Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Balayan', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000008', 'BTG-CAL', 'Calaca City Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Calaca', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-000000000009', 'BTG-LEM', 'Lemery Migration Desk',
        'MIGRATION_DESK', '0190f000-0000-7000-8000-000000000001', 'PH', 'Lemery', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0),
    ('0190f000-0000-7000-8000-00000000000a', 'BTG-LIP-MKT', 'Lipa City Public Market Outreach Point',
        'OUTREACH_POINT', '0190f000-0000-7000-8000-000000000002', 'PH', 'Lipa City', true,
        '2024-07-26 17:04:10.240+00', '2024-07-26 17:04:10.240+00', 0)
on conflict (code) do nothing;
