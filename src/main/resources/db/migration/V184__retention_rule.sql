-- Retention rules (issue 13): how long each kind of record is kept in each situation, and what happens then. Admins
-- change the period, the action and whether a rule is enabled through the API (audited); the kind, the situation and
-- the documentation of a rule are fixed here. The scheduled retention job applies the enabled CLIENT rules; the KEEP
-- rules document what the job never touches and why.
create table retention_rule (
    code         varchar(64)   primary key,
    id           uuid          not null unique default gen_random_uuid(),
    record_kind  varchar(32)   not null
        check (record_kind in ('CLIENT', 'CONSENT', 'AUDIT_ENTRY', 'GROUP_SESSION_HEADCOUNT')),
    situation    varchar(64)   not null
        check (situation in ('CASE_CLOSED_NO_ACTIVITY', 'PSEUDONYMOUS_INTAKE_NO_ACTIVITY', 'LEGAL_PERIOD', 'ANONYMOUS')),
    action       varchar(16)   not null check (action in ('ANONYMISE', 'ERASE', 'KEEP')),
    after_months integer       check (after_months is null or after_months between 1 and 1200),
    enabled      boolean       not null,
    rationale    varchar(1000) not null,
    updated_by   varchar(255),
    updated_at   timestamptz,
    version      bigint        not null default 0,
    -- only client records are anonymised or erased by the job; the others are kept (for a period, or for ever)
    constraint retention_rule_action_fits_kind check ((record_kind = 'CLIENT') = (action <> 'KEEP')),
    -- a period, except for what is kept for ever
    constraint retention_rule_period check ((after_months is null) = (record_kind = 'GROUP_SESSION_HEADCOUNT'))
);

insert into retention_rule (code, record_kind, situation, action, after_months, enabled, rationale) values
('CLOSED_CASE', 'CLIENT', 'CASE_CLOSED_NO_ACTIVITY', 'ANONYMISE', 60, true,
 'A client whose every episode is closed, with no open referral and no activity (record change, phase change,'
 || ' service, session attended, referral change) for the period, is anonymised: the purpose (casework) has ended,'
 || ' the figures must stay. Five years covers a return and reintegration follow-up and the usual limitation period'
 || ' for a complaint about the service.'),
('PSEUDONYMOUS_INTAKE', 'CLIENT', 'PSEUDONYMOUS_INTAKE_NO_ACTIVITY', 'ANONYMISE', 12, true,
 'A person registered only under a pseudonym (no given or family name) and never opened as a case (no episode),'
 || ' with no activity for the period, is anonymised: a first contact that did not become a case needs no'
 || ' identity after a year; the counts of first contacts stay.'),
('CONSENTS', 'CONSENT', 'LEGAL_PERIOD', 'KEEP', 72, true,
 'Consents are the proof of lawful processing and sharing; they are kept (codes and dates, their free text goes'
 || ' with the client''s anonymisation) for six years after the client''s record ends, the period a supervisory'
 || ' authority or a court may ask for that proof. The job does not delete them.'),
('AUDIT_TRAIL', 'AUDIT_ENTRY', 'LEGAL_PERIOD', 'KEEP', 72, true,
 'The audit trail (who read or changed what, when) is kept six years: it is hash chained and append only, holds'
 || ' identifiers and codes, no personal values (out-of-scope justifications go with the person''s erasure).'
 || ' The job does not delete it.'),
('GROUP_SESSION_HEADCOUNTS', 'GROUP_SESSION_HEADCOUNT', 'ANONYMOUS', 'KEEP', null, true,
 'Headcounts of group sessions are anonymous by construction (numbers by band, no person): kept for ever.');
