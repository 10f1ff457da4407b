package org.mrc.casework.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.audit.AuditContext;
import org.mrc.casework.audit.Audited;
import org.mrc.casework.catalogue.CatalogueService;
import org.mrc.casework.catalogue.ServicePhase;
import org.mrc.casework.catalogue.ServiceTypeView;
import org.mrc.casework.client.ClientService;
import org.mrc.casework.partner.OfferingService;
import org.mrc.casework.partner.OfferingView;
import org.mrc.casework.privacy.ClientAccess;
import org.mrc.casework.privacy.ClientRef;
import org.mrc.casework.security.CurrentCaller;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * Eligibility of a client for offerings: the check made when a client is enrolled in an offering (a referral is
 * created), and the suggestions for a client. Both decide on the client record as the caller may see it
 * ({@link ClientService#view}), never on administrative status (no rule can name it), and a fact that is not recorded
 * or not visible never excludes anyone. Suggestions leave out service types above the caller's ceiling for the
 * client (an S2 type suggested would say what an S2 fact says).
 */
@ApplicationScoped
public class EligibilityService {

    /** Candidates are read in batches of this many, all of them (a country's directory is thousands at most). */
    static final int BATCH = 500;

    public static final String OVERRIDE_PURPOSE = "ELIGIBILITY_OVERRIDE";

    static final ProblemType NOT_ELIGIBLE =
            new ProblemType("offering-eligibility", 422, "The client does not meet the offering's eligibility rules");

    static final ProblemType OVERRIDE_FORBIDDEN = new ProblemType(
            "eligibility-override-forbidden", 403, "Only a coordinator may override an offering's eligibility rules");

    private final ClientAccess access;
    private final ClientService clients;
    private final OfferingService offerings;
    private final CatalogueService catalogue;
    private final CurrentCaller caller;
    private final AuditContext audit;
    private final Clock clock;

    EligibilityService(
            ClientAccess access,
            ClientService clients,
            OfferingService offerings,
            CatalogueService catalogue,
            CurrentCaller caller,
            AuditContext audit,
            Clock clock) {
        this.access = access;
        this.clients = clients;
        this.offerings = offerings;
        this.catalogue = catalogue;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enrolment of {@code client} in {@code offering}: refused with a 422 {@code offering-eligibility} naming each rule
     * the client does not meet ({@code errors[].field} = {@code rules.<RULE>}), unless {@code override} (a reason)
     * is given by a coordinator, in which case the override, its rules and the reason go to the audit entry of the
     * request. An override by anyone else is a 403; an override of an eligible client is not needed and not recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireEligible(ClientRef client, OfferingView offering, String override) {
        Assessment assessment = Assessment.of(offering, applicant(client));
        if (assessment.eligible()) {
            return;
        }
        List<EligibilityRule> failed = assessment.with(Assessment.Outcome.NOT_MET);
        if (override == null) {
            List<FieldError> errors = failed.stream()
                    .map(rule -> new FieldError(
                            "rules." + rule.name(), "offering", "the client does not meet this rule of the offering"))
                    .toList();
            throw new ApiException(
                    NOT_ELIGIBLE,
                    "The offering's rules exclude the client: " + names(failed)
                            + ". A coordinator may enrol them anyway with eligibilityOverride (a reason).",
                    errors);
        }
        if (!caller.get().has(Roles.COORDINATOR)) {
            throw new ApiException(
                    OVERRIDE_FORBIDDEN,
                    "Ask a coordinator to enrol the client despite the rules",
                    List.of(FieldError.body("$.eligibilityOverride", "only a coordinator may override")));
        }
        audit.stated(OVERRIDE_PURPOSE, "rules " + names(failed) + " overridden: " + override);
    }

    /**
     * The offerings the client is eligible for, in the client's current country when it is recorded, best fit first,
     * at most {@code limit}. Read access as for the record (out-of-scope staff state a reason); audited on the client.
     */
    @Transactional
    @Audited(action = "client.suggestions", resource = "client")
    public SuggestionsView suggestions(UUID clientId, String reason, int limit) {
        ClientRef client = access.read(clientId, reason);
        Applicant applicant = applicant(client);
        Set<String> hidden = catalogue.codesAbove(client.ceiling());
        List<Scored> eligible = new ArrayList<>();
        Map<String, Boolean> serving = new HashMap<>();
        UUID after = null;
        List<OfferingView> batch;
        do {
            batch = offerings.candidates(applicant.country(), hidden, after, BATCH);
            for (OfferingView offering : batch) {
                Assessment assessment = Assessment.of(offering, applicant);
                if (assessment.eligible()) {
                    boolean servesPhase = applicant.phase() != null
                            && serving.computeIfAbsent(
                                    offering.serviceType(),
                                    code -> servesPhase(code, applicant.phase().name()));
                    eligible.add(score(offering, assessment, applicant, servesPhase));
                }
                after = offering.id();
            }
        } while (batch.size() == BATCH);
        eligible.sort(Comparator.comparingInt(Scored::score)
                .reversed()
                .thenComparing(s -> s.offering().serviceType())
                .thenComparing(s -> s.offering().id()));
        List<SuggestionView> suggestions = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, eligible.size()); i++) {
            Scored s = eligible.get(i);
            OfferingView o = s.offering();
            suggestions.add(new SuggestionView(
                    i + 1,
                    s.score(),
                    o.id(),
                    o.serviceType(),
                    o.partnerId(),
                    o.providerOfficeId(),
                    o.country(),
                    o.locality(),
                    o.rules() != null && Boolean.TRUE.equals(o.rules().extendedMainstream()),
                    s.assessment().with(Assessment.Outcome.MET),
                    s.assessment().with(Assessment.Outcome.NOT_RECORDED),
                    s.fit()));
        }
        return new SuggestionsView(clientId, eligible.size(), suggestions);
    }

    private record Scored(OfferingView offering, Assessment assessment, List<String> fit, int score) {}

    /** One point per rule met, and one per sign of fit: the type serves the client's phase, the same locality. */
    private static Scored score(
            OfferingView offering, Assessment assessment, Applicant applicant, boolean servesPhase) {
        List<String> fit = new ArrayList<>();
        if (servesPhase) {
            fit.add("SERVICE_TYPE_SERVES_PHASE");
        }
        if (applicant.locality() != null
                && offering.locality() != null
                && Assessment.sameLocality(applicant.locality(), offering.locality())) {
            fit.add("SAME_LOCALITY");
        }
        if (offering.languages() != null && offering.languages().stream().anyMatch(applicant.languages()::contains)) {
            fit.add("DELIVERED_IN_A_LANGUAGE_SPOKEN");
        }
        if (offering.rules() != null && Boolean.TRUE.equals(offering.rules().extendedMainstream())) {
            fit.add("EXTENDED_MAINSTREAM");
        }
        int score = assessment.with(Assessment.Outcome.MET).size() + fit.size();
        return new Scored(offering, assessment, List.copyOf(fit), score);
    }

    private boolean servesPhase(String serviceType, String phase) {
        return catalogue
                .byCode(serviceType)
                .map(ServiceTypeView::phases)
                .map(phases -> phases.stream().map(ServicePhase::name).anyMatch(phase::equals))
                .orElse(false);
    }

    private Applicant applicant(ClientRef client) {
        return Applicant.of(clients.view(client), LocalDate.now(clock));
    }

    private static String names(List<EligibilityRule> rules) {
        return String.join(", ", rules.stream().map(Enum::name).toList());
    }
}
