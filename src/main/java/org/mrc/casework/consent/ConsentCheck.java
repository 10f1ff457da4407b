package org.mrc.casework.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * The one place other features ask "may this recipient have category C of client X for purpose P at instant T?".
 * A recipient is a partner organisation (its id and its types: a consent may name either); a null partner with no
 * types is the centre itself, covered only by consents that name no recipient. Several consents add up: each
 * category needs one consent in effect at T that names the recipient for the purpose. Callers have already checked
 * that their caller may reach the client; this component does no access control and writes no audit entry.
 */
@ApplicationScoped
public class ConsentCheck {

    /** For features that refuse an action without consent; the problem lists the missing categories. */
    public static final ProblemType CONSENT_REQUIRED =
            new ProblemType("consent-required", 409, "The client has not consented to this sharing");

    private final ConsentRepository consents;

    ConsentCheck(ConsentRepository consents) {
        this.consents = consents;
    }

    /** Whether a consent in effect at {@code at} lets the recipient have {@code category} for {@code purpose}. */
    @Transactional
    public boolean permits(
            UUID clientId,
            UUID partnerId,
            Set<PartnerType> partnerTypes,
            DataCategory category,
            ConsentPurpose purpose,
            Instant at) {
        Objects.requireNonNull(category, "category");
        return missing(clientId, partnerId, partnerTypes, Set.of(category), purpose, at)
                .isEmpty();
    }

    /** The categories of {@code categories} that no consent in effect at {@code at} covers for this recipient. */
    @Transactional
    public Set<DataCategory> missing(
            UUID clientId,
            UUID partnerId,
            Set<PartnerType> partnerTypes,
            Set<DataCategory> categories,
            ConsentPurpose purpose,
            Instant at) {
        Set<DataCategory> missing =
                categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
        for (Consent consent : inEffect(clientId, partnerId, partnerTypes, purpose, at)) {
            missing.removeAll(consent.categories());
        }
        return missing;
    }

    /** The consents in effect at {@code at} that name this recipient for {@code purpose}, with their status then. */
    @Transactional
    public List<ConsentView> covering(
            UUID clientId, UUID partnerId, Set<PartnerType> partnerTypes, ConsentPurpose purpose, Instant at) {
        return inEffect(clientId, partnerId, partnerTypes, purpose, at).stream()
                .map(consent -> consent.view(at))
                .toList();
    }

    /** Fails with 409 {@code consent-required}, naming the missing categories, unless every category is covered. */
    @Transactional
    public void require(
            UUID clientId,
            UUID partnerId,
            Set<PartnerType> partnerTypes,
            Set<DataCategory> categories,
            ConsentPurpose purpose,
            Instant at) {
        refuseMissing(purpose, missing(clientId, partnerId, partnerTypes, categories, purpose, at));
    }

    /**
     * The categories of {@code categories} that no consent in effect at {@code at} covers for one of the network's own
     * offices (a consent naming that office by id) for {@code purpose}.
     */
    @Transactional
    public Set<DataCategory> missingForOffice(
            UUID clientId, UUID officeId, Set<DataCategory> categories, ConsentPurpose purpose, Instant at) {
        Set<DataCategory> missing =
                categories.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(categories);
        for (Consent consent : inEffectForOffice(clientId, officeId, purpose, at)) {
            missing.removeAll(consent.categories());
        }
        return missing;
    }

    /** The consents in effect at {@code at} that name this office for {@code purpose}, with their status then. */
    @Transactional
    public List<ConsentView> coveringOffice(UUID clientId, UUID officeId, ConsentPurpose purpose, Instant at) {
        return inEffectForOffice(clientId, officeId, purpose, at).stream()
                .map(consent -> consent.view(at))
                .toList();
    }

    /** {@link #require} for a recipient office. */
    @Transactional
    public void requireForOffice(
            UUID clientId, UUID officeId, Set<DataCategory> categories, ConsentPurpose purpose, Instant at) {
        refuseMissing(purpose, missingForOffice(clientId, officeId, categories, purpose, at));
    }

    private List<Consent> inEffectForOffice(UUID clientId, UUID officeId, ConsentPurpose purpose, Instant at) {
        Objects.requireNonNull(officeId, "officeId");
        return consents.forPurpose(clientId, purpose).stream()
                .filter(consent -> consent.coversOfficeAt(officeId, purpose, at))
                .toList();
    }

    private static void refuseMissing(ConsentPurpose purpose, Set<DataCategory> missing) {
        if (!missing.isEmpty()) {
            throw ApiException.conflict(
                    CONSENT_REQUIRED,
                    "Record the client's consent for the missing categories first",
                    Map.of(
                            "purpose",
                            purpose.name(),
                            "missingCategories",
                            missing.stream().map(Enum::name).toList()));
        }
    }

    private List<Consent> inEffect(
            UUID clientId, UUID partnerId, Set<PartnerType> partnerTypes, ConsentPurpose purpose, Instant at) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        return consents.forPurpose(clientId, purpose).stream()
                .filter(consent -> consent.coversAt(partnerId, partnerTypes, purpose, at))
                .toList();
    }
}
