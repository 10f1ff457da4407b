package org.mrc.casework.lifecycle.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mrc.casework.audit.AuditLog;

/**
 * Removes a person's personal data from every table that holds them, in the erasing transaction; the referrals are
 * the referral feature's business ({@code ReferralErasure}) and are done before this runs. What each table keeps
 * and loses:
 *
 * <ul>
 *   <li>{@code client}: a tombstone: every identifying, descriptive and coded personal value emptied (names,
 *       pseudonym, other names, sex to UNDISCLOSED, gender identity, birth date and year, nationalities, languages,
 *       phone, email, address, countries, localities, situation, status, vulnerabilities, roles); the reference
 *       replaced by {@code ERASED-<id>} (a reference may be written on paper files); {@code erased_at} and the
 *       request id kept.
 *   <li>household links to and from the person, human capital (diplomas with their recognitions, skills,
 *       languages, jobs), merge records naming them, idempotency records of anything of theirs: deleted.
 *   <li>episodes keep type, countries, phases and dates (counts) and lose their localities; phase changes lose their
 *       notes; consents (the proof of lawful processing) lose the withdrawal note; services lose their notes; case handovers of the person or naming them as a member lose their summary and note.
 *   <li>the audit trail keeps its entries (ids, codes, staff, times: nothing about the person) and loses the free
 *       justifications staff typed for out-of-scope reads of the person's records.
 * </ul>
 *
 * Records merged into the person's (the same person registered twice) are erased with it.
 */
@ApplicationScoped
class PersonalDataEraser {

    /** Every id of a record of these clients, for the stores that name records by id only. */
    private static final String RECORD_IDS = """
            select id from client where id in (:c)
            union all select id from migration_episode where client_id in (:c)
            union all select pc.id from phase_change pc join migration_episode e on e.id = pc.episode_id
                where e.client_id in (:c)
            union all select id from client_link where client_id in (:c) or related_client_id in (:c)
            union all select id from consent where client_id in (:c)
            union all select id from referral where client_id in (:c)
            union all select id from service_delivery where client_id in (:c)
            union all select id from client_diploma where client_id in (:c)
            union all select r.id from diploma_recognition r join client_diploma d on d.id = r.diploma_id
                where d.client_id in (:c)
            union all select id from client_skill where client_id in (:c)
            union all select id from client_language where client_id in (:c)
            union all select id from client_employment where client_id in (:c)
            union all select id from client_merge where survivor_id in (:c) or merged_id in (:c)
            union all select id from case_handover where client_id in (:c)""";

    private static final List<String> STATEMENTS = List.of(
            "delete from client_link where client_id in (:c) or related_client_id in (:c)",
            "delete from client_merge where survivor_id in (:c) or merged_id in (:c)",
            // recognitions go with their diploma (on delete cascade, which their append-only trigger allows)
            "delete from client_diploma where client_id in (:c)",
            "delete from client_skill where client_id in (:c)",
            "delete from client_language where client_id in (:c)",
            "delete from client_employment where client_id in (:c)",
            """
            update phase_change set note = null
            where note is not null and episode_id in (select id from migration_episode where client_id in (:c))""",
            """
            update migration_episode set origin_locality = null, destination_locality = null,
                updated_at = :now, version = version + 1
            where client_id in (:c)""",
            """
            update journey_leg set locality = null, permit_type = null, permit_valid_from = null,
                permit_valid_until = null, contribution_country = null, contribution_years = null,
                contribution_scheme = null
            where episode_id in (select id from migration_episode where client_id in (:c))""",
            "delete from client_rectification where client_id in (:c)",
            "delete from child_schooling where client_id in (:c)",
            "update consent set withdrawal_note = null where client_id in (:c) and withdrawal_note is not null",
            """
            update case_handover set summary = '', decision_note = null, version = version + 1
            where (client_id in (:c) or exists (select 1 from unnest(member_ids) m where m in (:c)))
              and (summary <> '' or decision_note is not null)""",
            """
            update service_delivery set note = null, version = version + 1
            where client_id in (:c) and note is not null""",
            """
            update client set given_name = null, family_name = null, pseudonym = null, other_names = '{}',
                sex = 'UNDISCLOSED', gender_identity = null, birth_date = null, birth_year = null,
                birth_year_estimated = false, nationalities = '{}', country_of_birth = null,
                preferred_languages = '{}', phone = null, email = null, address = null, origin_country = null,
                origin_locality = null, current_country = null, current_locality = null, education_level = null,
                employment_status = null, social_protection = null, remittances_sent = null,
                remittances_received = null, migration_debt = null, administrative_status = 'UNDISCLOSED',
                vulnerabilities = '{}', roles = '{}', reference = 'ERASED-' || replace(id::text, '-', ''),
                erased_at = :now, erasure_request_id = :request, updated_at = :now, version = version + 1
            where id in (:c)""");

    private final EntityManager em;
    private final AuditLog audit;

    PersonalDataEraser(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The client and every record merged into theirs, transitively. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    List<UUID> samePerson(UUID clientId) {
        return em.createNativeQuery("""
                        with recursive same(id) as (
                            select cast(?1 as uuid)
                            union select c.id from client c join same s on c.merged_into = s.id)
                        select id from same order by id""").setParameter(1, clientId).getResultList();
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(List<UUID> clients, UUID requestId, Instant now) {
        em.flush();
        List<UUID> records =
                em.createNativeQuery(RECORD_IDS).setParameter("c", clients).getResultList();
        em.createNativeQuery("delete from idempotency_record where resource_id in (:ids)")
                .setParameter("ids", records)
                .executeUpdate();
        audit.eraseJustifications(records);
        for (String text : STATEMENTS) {
            // an erasure under a retention rule has no request
            String statement = requestId == null ? text.replace(":request", "null") : text;
            var query = em.createNativeQuery(statement).setParameter("c", clients);
            if (statement.contains(":now")) {
                query.setParameter("now", now);
            }
            if (statement.contains(":request")) {
                query.setParameter("request", requestId);
            }
            query.executeUpdate();
        }
    }
}
