package org.mrc.casework.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.office.OfficeScope;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.security.Caller;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.shared.http.IfMatch;
import org.mrc.casework.shared.http.MergePatch;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.paging.Cursor;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.JsonProblems;
import org.mrc.casework.shared.problem.ProblemType;

/** Registering, finding, reading and correcting client records. Every call is audited. */
@ApplicationScoped
public class ClientService {

    /** Upper bounds of the duplicate-check histogram (the goal is a p95 under 5 ms). */
    static final Duration[] DUPLICATE_CHECK_BUCKETS = LongStream.of(1, 2, 3, 5, 10, 20, 50, 100, 250, 1000)
            .mapToObj(Duration::ofMillis)
            .toArray(Duration[]::new);

    private static final Cursor.Shape CLIENTS_BY_NAME =
            Cursor.shape("clients-by-name", Cursor.Key.DECIMAL, Cursor.Key.UUID);
    private static final Cursor.Shape CLIENTS = Cursor.shape("clients", Cursor.Key.UUID);

    static final ProblemType POSSIBLE_DUPLICATE = new ProblemType(
            "possible-duplicate", 409, "A client who closely matches this person is already registered");

    private static final TypeReference<Map<String, Object>> MEMBERS = new TypeReference<>() {};

    private final ClientRepository clients;
    private final ClientAccess access;
    private final OfficeScope scope;
    private final Idempotency idempotency;
    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final Validator validator;
    private final Timer duplicateCheck;
    private final ClientRectificationRepository rectifications;
    private final Clock clock;

    ClientService(
            ClientRepository clients,
            ClientAccess access,
            OfficeScope scope,
            Idempotency idempotency,
            CurrentCaller caller,
            ObjectMapper json,
            Validator validator,
            MeterRegistry meters,
            ClientRectificationRepository rectifications,
            Clock clock) {
        this.clients = clients;
        this.access = access;
        this.scope = scope;
        this.idempotency = idempotency;
        this.caller = caller;
        this.json = json;
        this.validator = validator;
        this.rectifications = rectifications;
        this.clock = clock;
        // how long the duplicate check at registration takes (the timer carries no tag about the person). Buckets,
        // not percentiles computed in the instance: they add up across instances and over any interval
        this.duplicateCheck = Timer.builder("mrc.client.duplicate.check")
                .description("The possible-duplicate search at registration")
                .serviceLevelObjectives(DUPLICATE_CHECK_BUCKETS)
                .register(meters);
    }

    /**
     * Registers a person in the caller's office (or, for a coordinator, an office below it). A close match already
     * in the caller's scope is a 409 listing the candidates, unless the caller confirms it is a different person.
     */
    @Transactional
    @Audited(action = "client.create", resource = "client", idFrom = Audited.IdFrom.RESULT)
    public Idempotency.Outcome<ClientView> register(
            ClientDetails details, UUID officeId, boolean confirmedNotDuplicate, Idempotency.Key idempotencyKey) {
        Caller me = caller.get();
        return idempotency.once(
                idempotencyKey,
                me.subject(),
                List.of(details, String.valueOf(officeId), confirmedNotDuplicate),
                id -> get(id, null),
                () -> {
                    // the caller's offices are resolved once: the scope check and the duplicate search both need them
                    Set<UUID> callerOffices = scope.officesOf(me);
                    UUID office = officeId == null ? scope.homeOffice(me) : officeId;
                    if (!callerOffices.contains(office)) {
                        throw ApiException.invalid(
                                FieldError.query("officeId", "not an office the caller registers for"));
                    }
                    requireName(details);
                    if (!confirmedNotDuplicate) {
                        rejectPossibleDuplicates(callerOffices, details);
                    }
                    String reference = "%s-%d-%06d"
                            .formatted(
                                    scope.codeOf(office),
                                    LocalDate.now(clock).getYear(),
                                    clients.nextReferenceNumber());
                    Client client = Client.register(office, reference, details, clock.instant());
                    clients.persistAndFlush(client);
                    return client.view(Tier.S2, today());
                });
    }

    /** The record as the caller may see it; out-of-scope staff must state a reason. */
    @Transactional
    @Audited(action = "client.read", resource = "client")
    public ClientView get(UUID id, String reason) {
        ClientRef client = access.read(id, reason);
        return find(id).view(client.ceiling(), today());
    }

    /**
     * The record cut to what {@code client} (an access already decided by {@link ClientAccess}) lets the caller see,
     * for features that decide on a client's facts (eligibility): what the caller may not see decides nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientView view(ClientRef client) {
        return find(client.id()).view(client.ceiling(), today());
    }

    /**
     * Applies a JSON merge patch to the recorded details, if the record is still at {@code expectedVersion}. A patch
     * that changes a field is a rectification: the changed fields, their old values, when and by whom are kept in the
     * record's correction history (never in the audit trail).
     */
    @Transactional
    @Audited(action = "client.update", resource = "client")
    public ClientView update(UUID id, long expectedVersion, JsonNode patch) {
        access.write(id);
        Client client = find(id);
        IfMatch.check(expectedVersion, client.version());
        ObjectNode current = json.valueToTree(client.details());
        ClientDetails patched = read(MergePatch.apply(current, patch));
        Set<ConstraintViolation<ClientDetails>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        requireName(patched);
        client.record(patched, clock.instant());
        ClientRectification.of(
                        id,
                        members(current),
                        members(json.valueToTree(client.details())),
                        caller.get(),
                        clock.instant())
                .ifPresent(rectifications::persist);
        clients.flush();
        return client.view(Tier.S2, today());
    }

    /**
     * For the referral feature only: the part of a client record a partner organisation may receive. It does NO
     * caller scope check: the referral feature has decided that the calling partner may see this client (the
     * referral is addressed to it and open) and audits the read. Keeps the fields whose category is in
     * {@code categories}; a field that is S2 (or, about a minor, S1 or S2) only when its category is also in
     * {@code explicitlyConsented}, the categories a consent names for this very partner. The centre's internal
     * identifiers (id, office, reference, merge pointer), the visibility marker and the version are never included.
     */
    @Transactional
    public ClientView sharedWithPartner(
            UUID clientId, Set<DataCategory> categories, Set<DataCategory> explicitlyConsented) {
        Client client = find(clientId);
        LocalDate today = today();
        return Projection.sharedWith(
                client.view(Tier.S2, today), categories, explicitlyConsented, client.minorOn(today));
    }

    /**
     * For the subject-access report only: the whole record (cut to the ceiling {@code client} was granted) and its
     * corrections, oldest first. The caller has obtained {@code client} from {@link ClientAccess} and audits the read;
     * the staff member behind each correction is named only when {@code withStaff}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClientView wholeRecord(ClientRef client) {
        return find(client.id()).view(client.ceiling(), today());
    }

    /** See {@link #wholeRecord}: the record's corrections, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RectificationView> rectifications(ClientRef client, boolean withStaff) {
        return rectifications.ofClient(client.id()).stream()
                .map(r -> r.view(withStaff))
                .toList();
    }

    /** A client as the sub-packages of this feature show a related person: the S0 summary, and whether a child. */
    public record Person(ClientSummary summary, boolean minor) {}

    /**
     * For the sub-packages of this feature (the relatives on household links): these clients' summaries and whether
     * each is a child today. No caller scope check: the caller decides with {@link ClientAccess#withinScope} how much
     * of each to show. Ids without a client are left out.
     */
    @Transactional
    public Map<UUID, Person> people(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        return clients.byIds(ids).stream()
                .collect(Collectors.toMap(Client::id, c -> new Person(c.summary(null), c.minorOn(today))));
    }

    /**
     * Keeps the phase of the client's open episode ({@code null} when none is open) at hand for search and
     * reporting; for the episode and merge sub-packages, which hold write access to the client.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void phaseChanged(ClientRef client, MigrationPhase phase) {
        writable(client).phaseChanged(phase, clock.instant());
    }

    /** Marks the record as merged into {@code survivorId}; for the merge sub-package, which holds both locks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mergeInto(ClientRef duplicate, UUID survivorId) {
        writable(duplicate).mergeInto(survivorId, clock.instant());
    }

    /** Makes a merged-away record one of its own again; for the merge sub-package, which holds both locks. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unmerge(ClientRef duplicate) {
        writable(duplicate).unmerge(clock.instant());
    }

    /**
     * The case references (S0) of these clients, for features that list clients by id to staff already entitled to
     * the list; ids without a client are left out.
     */
    @Transactional
    public Map<UUID, String> references(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return clients.byIds(ids).stream().collect(Collectors.toMap(Client::id, Client::reference));
    }

    /** Summaries of the clients in the caller's scope that match; opening one is a separate read. */
    @Transactional
    @Audited(action = "client.search", resource = "client")
    public Page<ClientSummary> search(ClientSearch search, PageRequest page) {
        Set<UUID> offices = scope.officesOf(caller.get());
        if (search.officeId() != null && !offices.contains(search.officeId())) {
            return new Page<>(List.of(), null);
        }
        boolean byName = search.name() != null && !search.name().isBlank();
        Cursor after = page.after(byName ? CLIENTS_BY_NAME : CLIENTS);
        List<ClientRepository.Hit> hits = clients.search(offices, search, after, page.fetchSize());
        Map<UUID, Client> loaded = clients
                .byIds(hits.stream().map(ClientRepository.Hit::id).toList())
                .stream()
                .collect(Collectors.toMap(Client::id, Function.identity()));
        List<ClientSummary> summaries = hits.stream()
                .map(hit -> loaded.get(hit.id()).summary(hit.score()))
                .toList();
        return Page.of(
                summaries, page.limit(), s -> byName ? CLIENTS_BY_NAME.at(s.score(), s.id()) : CLIENTS.at(s.id()));
    }

    private void rejectPossibleDuplicates(Set<UUID> callerOffices, ClientDetails details) {
        String name = String.join(
                " ",
                Stream.of(details.givenName(), details.familyName())
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
        List<Client> candidates = duplicateCheck.record(() -> clients.possibleDuplicates(
                callerOffices, name, details.birthDate(), details.birthYear(), details.phone()));
        if (!candidates.isEmpty()) {
            List<Map<String, Object>> listed = candidates.stream()
                    .map(c -> {
                        Map<String, Object> candidate = new LinkedHashMap<>();
                        candidate.put("id", c.id());
                        candidate.put("reference", c.reference());
                        return candidate;
                    })
                    .toList();
            throw ApiException.conflict(
                    POSSIBLE_DUPLICATE,
                    "Check the listed clients; if this is a different person, resubmit with confirmNotDuplicate=true",
                    Map.of("candidates", listed));
        }
    }

    private static void requireName(ClientDetails details) {
        if (blank(details.givenName()) && blank(details.familyName()) && blank(details.pseudonym())) {
            throw ApiException.invalid(
                    FieldError.body("$.givenName", "a given name, a family name or a pseudonym is required"));
        }
        if (details.birthDate() != null
                && details.birthYear() != null
                && details.birthDate().getYear() != details.birthYear()) {
            throw ApiException.invalid(FieldError.body("$.birthYear", "does not match birthDate"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The members of a record's details as plain values, so that old and new compare by value. */
    private Map<String, Object> members(ObjectNode details) {
        return json.convertValue(details, MEMBERS);
    }

    private ClientDetails read(ObjectNode patched) {
        try {
            return json.treeToValue(patched, ClientDetails.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.from(e);
        }
    }

    private Client find(UUID id) {
        return clients.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("client"));
    }

    private Client writable(ClientRef ref) {
        if (!ref.writable()) {
            throw new IllegalStateException("write access to the client is required");
        }
        return find(ref.id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
