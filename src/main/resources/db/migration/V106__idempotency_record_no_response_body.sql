-- The idempotency store keeps no copy of what was created (a client record, a consent, ... for 48 hours): a replay
-- renders the resource again through the current read, as the current caller. The stored copies are blanked first,
-- so that no live row version still carries them, then the column goes.
update idempotency_record set response_body = null where response_body is not null;

alter table idempotency_record drop column response_body;
