-- The return-readiness checklist: the eleven factors of the return-preparation exercise, each answered yes (true),
-- no (false) or not recorded (null), recorded with the change that enters RETURN. Four of them were already
-- recorded as the preparedness answers and keep their columns, so no recorded answer moves or is lost:
--   return_had_time_to_prepare       -> TIME_TO_ORGANISE
--   return_institutional_assistance  -> INSTITUTIONAL_ASSISTANCE
--   return_capital_accumulated       -> CAPITAL_ACCUMULATED
--   return_social_protection_kept    -> SOCIAL_SECURITY_AFTER_RETURN
-- The seven others are new. The factors describe needs: they are never summed into a score nor used to decide
-- eligibility. An expulsion is S2 (the service declares the tiers).
alter table phase_change
    add column return_high_education_level boolean,
    add column return_expelled             boolean,
    add column return_formal_work_abroad   boolean,
    add column return_informal_work_abroad boolean,
    add column return_no_work_abroad       boolean,
    add column return_association_member   boolean,
    add column return_ngo_help             boolean,
    add constraint phase_change_readiness_only_with_return check (
        return_circumstance is not null
        or (return_high_education_level is null and return_expelled is null and return_formal_work_abroad is null
            and return_informal_work_abroad is null and return_no_work_abroad is null
            and return_association_member is null and return_ngo_help is null));
