package org.mrc.casework.client.humancapital;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.DatabaseFaults;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * A client's human capital: diplomas and their recognition per country, skills, languages, and occupations before,
 * during and after migration. Reads follow the client's read access (out-of-scope staff with a reason see S0 and
 * S1); changes are for the owning office's staff. Every call is audited against the client's id.
 */
@ApplicationScoped
public class HumanCapitalService {

    static final ProblemType LANGUAGE_ALREADY_RECORDED = new ProblemType(
            "language-already-recorded", 409, "This language is already recorded for the client; remove it first");
    static final ProblemType EMPLOYMENT_ALREADY_ENDED =
            new ProblemType("employment-already-ended", 409, "Only a current occupation can be ended");
    static final ProblemType ENTRY_LIMIT_REACHED = new ProblemType(
            "human-capital-limit-reached", 409, "The record holds as many entries of this kind as it may");

    /** Entries of one kind per client (and history entries per diploma): keeps the unpaged document bounded. */
    static final int MAX_ENTRIES = 100;

    private static final String LANGUAGE_ONCE = "client_language_once";

    private final ClientAccess access;
    private final ClientDiplomaRepository diplomas;
    private final ClientSkillRepository skills;
    private final ClientLanguageRepository languages;
    private final ClientEmploymentRepository employment;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final Clock clock;

    HumanCapitalService(
            ClientAccess access,
            ClientDiplomaRepository diplomas,
            ClientSkillRepository skills,
            ClientLanguageRepository languages,
            ClientEmploymentRepository employment,
            Idempotency idempotency,
            CurrentCaller caller,
            Clock clock) {
        this.access = access;
        this.diplomas = diplomas;
        this.skills = skills;
        this.languages = languages;
        this.employment = employment;
        this.idempotency = idempotency;
        this.caller = caller;
        this.clock = clock;
    }

    /** Everything recorded, cut to what the caller may see; out-of-scope staff must state a reason. */
    @Transactional
    @Audited(action = "client.human-capital.read", resource = "client")
    public HumanCapitalView read(UUID clientId, String reason) {
        return read(access.read(clientId, reason));
    }

    /**
     * {@link #read(UUID, String)} for a caller that has obtained {@code client} from ClientAccess and audits the read
     * itself (the subject-access report).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HumanCapitalView read(ClientRef client) {
        UUID clientId = client.id();
        return HumanCapitalView.upTo(
                clientId,
                diplomas.ofClient(clientId).stream().map(ClientDiploma::view).toList(),
                skills.ofClient(clientId).stream().map(ClientSkill::view).toList(),
                languages.ofClient(clientId).stream().map(ClientLanguage::view).toList(),
                employment.ofClient(clientId).stream()
                        .sorted(ClientEmployment.HISTORY_ORDER)
                        .map(ClientEmployment::view)
                        .toList(),
                client.ceiling(),
                client.aboutAMinor());
    }

    /** Records a diploma, with the recognition history known so far. */
    @Transactional
    @Audited(action = "client.diploma.add", resource = "client")
    public Idempotency.Outcome<DiplomaView> addDiploma(
            UUID clientId, HumanCapitalRequests.AddDiploma request, Idempotency.Key idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                me(),
                List.of(clientId, request),
                id -> entry(clientId, () -> diplomas.findOf(clientId, id).map(ClientDiploma::view), "diploma"),
                () -> {
                    access.write(clientId);
                    List<FieldError> errors = new ArrayList<>();
                    if (request.year() != null && request.year() > today().getYear()) {
                        errors.add(FieldError.body("$.year", "must not be in the future"));
                    }
                    List<HumanCapitalRequests.RecordRecognition> history =
                            request.recognitions() == null ? List.of() : request.recognitions();
                    for (int i = 0; i < history.size(); i++) {
                        if (request.year() != null
                                && history.get(i).effectiveOn().getYear() < request.year()) {
                            errors.add(FieldError.body(
                                    "$.recognitions[" + i + "].effectiveOn", "before the diploma was issued"));
                        }
                    }
                    reject(errors);
                    requireRoom(diplomas.countOf(clientId), "diplomas");
                    ClientDiploma diploma = ClientDiploma.add(
                            clientId,
                            request.title(),
                            request.level(),
                            request.field(),
                            request.issuingCountry(),
                            request.year(),
                            clock.instant());
                    history.forEach(entry -> diploma.recognise(
                            entry.country(), entry.status(), entry.effectiveOn(), entry.note(), me(), clock.instant()));
                    diplomas.persistAndFlush(diploma);
                    return diploma.view();
                });
    }

    /** Appends a recognition status of a diploma in a country; the history is never rewritten. */
    @Transactional
    @Audited(action = "client.diploma.recognition.add", resource = "client")
    public Idempotency.Outcome<RecognitionView> recordRecognition(
            UUID clientId,
            UUID diplomaId,
            HumanCapitalRequests.RecordRecognition request,
            Idempotency.Key idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                me(),
                List.of(clientId, diplomaId, request),
                id -> entry(
                        clientId,
                        () -> diplomas.findOf(clientId, diplomaId).flatMap(d -> d.recognition(id)),
                        "recognition"),
                () -> {
                    access.write(clientId);
                    ClientDiploma diploma =
                            diplomas.findOf(clientId, diplomaId).orElseThrow(() -> ApiException.notFound("diploma"));
                    if (!diploma.issuedBy(request.effectiveOn())) {
                        reject(List.of(FieldError.body("$.effectiveOn", "before the diploma was issued")));
                    }
                    requireRoom(diploma.historySize(), "recognition entries of this diploma");
                    DiplomaRecognition entry = diploma.recognise(
                            request.country(),
                            request.status(),
                            request.effectiveOn(),
                            request.note(),
                            me(),
                            clock.instant());
                    diplomas.flush();
                    return entry.view(diplomaId);
                });
    }

    /**
     * Removes a diploma entered by mistake, with its recognition history, if it is still at {@code expectedVersion}
     * (a recognition recorded since it was read makes this a 412).
     */
    @Transactional
    @Audited(action = "client.diploma.remove", resource = "client")
    public void removeDiploma(UUID clientId, UUID diplomaId, long expectedVersion) {
        access.write(clientId);
        ClientDiploma diploma =
                diplomas.findOf(clientId, diplomaId).orElseThrow(() -> ApiException.notFound("diploma"));
        IfMatch.check(expectedVersion, diploma.version());
        diplomas.delete(diploma);
        diplomas.flush();
    }

    @Transactional
    @Audited(action = "client.skill.add", resource = "client")
    public Idempotency.Outcome<SkillView> addSkill(
            UUID clientId, HumanCapitalRequests.AddSkill request, Idempotency.Key idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                me(),
                List.of(clientId, request),
                id -> entry(clientId, () -> skills.findOf(clientId, id).map(ClientSkill::view), "skill"),
                () -> {
                    access.write(clientId);
                    if (request.acquired() == SkillAcquisition.ABROAD && request.country() == null) {
                        reject(List.of(FieldError.body("$.country", "required for a skill acquired abroad")));
                    }
                    requireRoom(skills.countOf(clientId), "skills");
                    ClientSkill skill = ClientSkill.add(
                            clientId,
                            request.name(),
                            request.acquired(),
                            Boolean.TRUE.equals(request.certified()),
                            request.country(),
                            clock.instant());
                    skills.persistAndFlush(skill);
                    return skill.view();
                });
    }

    /** Removes a skill entered by mistake (skills are not edited: remove and add again). */
    @Transactional
    @Audited(action = "client.skill.remove", resource = "client")
    public void removeSkill(UUID clientId, UUID skillId) {
        access.write(clientId);
        skills.delete(skills.findOf(clientId, skillId).orElseThrow(() -> ApiException.notFound("skill")));
        skills.flush();
    }

    /** Records a language; a language already recorded for the client is a 409 naming the existing entry. */
    @Transactional
    @Audited(action = "client.language.add", resource = "client")
    public Idempotency.Outcome<LanguageView> addLanguage(
            UUID clientId, HumanCapitalRequests.AddLanguage request, Idempotency.Key idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                me(),
                List.of(clientId, request),
                id -> entry(clientId, () -> languages.findOf(clientId, id).map(ClientLanguage::view), "language"),
                () -> {
                    access.write(clientId);
                    CefrLevel level = request.level() == null ? CefrLevel.UNKNOWN : request.level();
                    boolean certified = Boolean.TRUE.equals(request.certified());
                    List<FieldError> errors = new ArrayList<>();
                    if (certified && !level.certifiable()) {
                        errors.add(FieldError.body("$.level", "a certified proficiency is a CEFR level A1 to C2"));
                    }
                    if (!certified
                            && request.certificateName() != null
                            && !request.certificateName().isBlank()) {
                        errors.add(FieldError.body("$.certificateName", "only for a certified proficiency"));
                    }
                    reject(errors);
                    languages.findByLanguage(clientId, request.language()).ifPresent(existing -> {
                        throw alreadyRecorded(existing.id());
                    });
                    requireRoom(languages.countOf(clientId), "languages");
                    ClientLanguage entry = ClientLanguage.add(
                            clientId, request.language(), level, certified, request.certificateName(), clock.instant());
                    try {
                        languages.persistAndFlush(entry);
                    } catch (PersistenceException e) {
                        if (DatabaseFaults.violates(e, LANGUAGE_ONCE)) {
                            // recorded concurrently by another request
                            throw alreadyRecorded(null);
                        }
                        throw e;
                    }
                    return entry.view();
                });
    }

    /** Removes a language entry (entered by mistake, or to record a new level in its place). */
    @Transactional
    @Audited(action = "client.language.remove", resource = "client")
    public void removeLanguage(UUID clientId, UUID languageId) {
        access.write(clientId);
        languages.delete(languages.findOf(clientId, languageId).orElseThrow(() -> ApiException.notFound("language")));
        languages.flush();
    }

    /** Records an occupation (or a spell without work) in one period of the migration cycle. */
    @Transactional
    @Audited(action = "client.employment.add", resource = "client")
    public Idempotency.Outcome<EmploymentView> addEmployment(
            UUID clientId, HumanCapitalRequests.AddEmployment request, Idempotency.Key idempotencyKey) {
        return idempotency.once(
                idempotencyKey,
                me(),
                List.of(clientId, request),
                id -> entry(clientId, () -> employment.findOf(clientId, id).map(ClientEmployment::view), "employment"),
                () -> {
                    access.write(clientId);
                    boolean current = Boolean.TRUE.equals(request.current());
                    reject(employmentErrors(request, current));
                    requireRoom(employment.countOf(clientId), "employment entries");
                    ClientEmployment entry = ClientEmployment.add(
                            clientId,
                            request.period(),
                            request.occupationTitle(),
                            request.iscoMajorGroup(),
                            request.country(),
                            request.employmentStatus(),
                            request.from(),
                            request.to(),
                            current,
                            clock.instant());
                    employment.persistAndFlush(entry);
                    return entry.view();
                });
    }

    /** Ends a current occupation on a date, if the entry is still at {@code expectedVersion}. */
    @Transactional
    @Audited(action = "client.employment.end", resource = "client")
    public EmploymentView endEmployment(
            UUID clientId, UUID employmentId, long expectedVersion, HumanCapitalRequests.EndEmployment request) {
        access.write(clientId);
        ClientEmployment entry = findEmployment(clientId, employmentId);
        IfMatch.check(expectedVersion, entry.version());
        if (!entry.current()) {
            throw new ApiException(EMPLOYMENT_ALREADY_ENDED, "This occupation has an end already");
        }
        if (entry.from() != null && request.to().isBefore(entry.from())) {
            reject(List.of(FieldError.body("$.to", "must not be before the occupation started")));
        }
        entry.end(request.to(), clock.instant());
        employment.flush();
        return entry.view();
    }

    /** Removes an employment entry entered by mistake, if it is still at {@code expectedVersion}. */
    @Transactional
    @Audited(action = "client.employment.remove", resource = "client")
    public void removeEmployment(UUID clientId, UUID employmentId, long expectedVersion) {
        access.write(clientId);
        ClientEmployment entry = findEmployment(clientId, employmentId);
        IfMatch.check(expectedVersion, entry.version());
        employment.delete(entry);
        employment.flush();
    }

    /**
     * One entry of the client's human capital as the caller may read it now (for replays of an add): the read
     * access is checked before the entry is looked up, and the entry is cut to the caller's tier.
     */
    private <T extends Record> T entry(UUID clientId, Supplier<Optional<T>> lookup, String kind) {
        Tier ceiling = access.read(clientId, null).ceiling();
        return Projection.upTo(lookup.get().orElseThrow(() -> ApiException.notFound(kind)), ceiling);
    }

    /**
     * Working statuses name the occupation and its ISCO-08 major group (the deskilling indicator needs it); spells
     * without work name neither. Dates run forwards, and a current occupation has no end.
     */
    static List<FieldError> employmentErrors(HumanCapitalRequests.AddEmployment request, boolean current) {
        List<FieldError> errors = new ArrayList<>();
        boolean working = working(request.employmentStatus());
        boolean titled =
                request.occupationTitle() != null && !request.occupationTitle().isBlank();
        if (working && !titled) {
            errors.add(FieldError.body("$.occupationTitle", "required for a working status"));
        }
        if (working && request.iscoMajorGroup() == null) {
            errors.add(FieldError.body("$.iscoMajorGroup", "required for a working status (ISCO-08 major group 0-9)"));
        }
        if (!working && titled) {
            errors.add(FieldError.body("$.occupationTitle", "only for a working status"));
        }
        if (!working && request.iscoMajorGroup() != null) {
            errors.add(FieldError.body("$.iscoMajorGroup", "only for a working status"));
        }
        if (request.from() != null && request.to() != null && request.to().isBefore(request.from())) {
            errors.add(FieldError.body("$.to", "must not be before from"));
        } else if (current && request.to() != null) {
            errors.add(FieldError.body("$.to", "must be absent for a current occupation"));
        }
        return errors;
    }

    private static boolean working(EmploymentStatus status) {
        return status == EmploymentStatus.FORMAL
                || status == EmploymentStatus.INFORMAL
                || status == EmploymentStatus.SELF_EMPLOYED;
    }

    private ClientEmployment findEmployment(UUID clientId, UUID employmentId) {
        return employment.findOf(clientId, employmentId).orElseThrow(() -> ApiException.notFound("employment entry"));
    }

    private static void reject(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
        }
    }

    private static void requireRoom(long present, String what) {
        if (present >= MAX_ENTRIES) {
            throw ApiException.conflict(
                    ENTRY_LIMIT_REACHED,
                    "At most " + MAX_ENTRIES + " " + what + " can be recorded; remove entries made by mistake first",
                    Map.of());
        }
    }

    private static ApiException alreadyRecorded(UUID existingId) {
        return ApiException.conflict(
                LANGUAGE_ALREADY_RECORDED,
                "Remove the existing entry to record another level for this language",
                existingId == null ? Map.of() : Map.of("existingId", existingId));
    }

    private String me() {
        return caller.get().subject();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
