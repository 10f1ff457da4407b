package org.mrc.casework.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.shared.Ids;
import org.mrc.casework.shared.SystemClock;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.problem.ProblemType;

/**
 * A consent as the client gave it. Immutable once recorded (the database refuses changes too); the only later fact
 * is its withdrawal, which keeps the record. Whether it permits something is decided here, from its purpose,
 * recipient, categories and dates, for any instant.
 */
@Entity
@Table(name = "consent")
class Consent {

    static final ProblemType ALREADY_WITHDRAWN =
            new ProblemType("consent-already-withdrawn", 409, "The consent has already been withdrawn");

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(name = "recipient_partner_id", updatable = false)
    private UUID recipientPartnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_partner_type", updatable = false)
    private PartnerType recipientPartnerType;

    @Column(name = "recipient_office_id", updatable = false)
    private UUID recipientOfficeId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_categories", columnDefinition = "text[]", nullable = false, updatable = false)
    private List<String> dataCategories = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "given_how", nullable = false, updatable = false)
    private ConsentMethod givenHow;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawal_note")
    private String withdrawalNote;

    @Column(name = "withdrawal_recorded_by")
    private String withdrawalRecordedBy;

    @Column(name = "withdrawal_recorded_at")
    private Instant withdrawalRecordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Consent() {}

    /** Records a consent of {@code clientId}; the recipient must fit the purpose and the expiry follow the start. */
    static Consent record(UUID clientId, ConsentRequests.RecordConsent request, String recordedBy, Instant now) {
        List<FieldError> errors = new ArrayList<>(recipientErrors(request));
        if (request.expiresAt() != null && !request.expiresAt().isAfter(request.givenAt())) {
            errors.add(FieldError.body("$.expiresAt", "must be after givenAt"));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, "One or more fields are invalid", errors);
        }
        Consent consent = new Consent();
        consent.id = Ids.newId();
        consent.clientId = clientId;
        consent.purpose = request.purpose();
        consent.recipientPartnerId = request.recipientPartnerId();
        consent.recipientPartnerType = request.recipientPartnerType();
        consent.recipientOfficeId = request.recipientOfficeId();
        consent.dataCategories = names(request.dataCategories());
        consent.givenHow = request.givenHow();
        consent.givenAt = SystemClock.stored(request.givenAt());
        consent.expiresAt = SystemClock.stored(request.expiresAt());
        consent.recordedBy = recordedBy;
        consent.recordedAt = SystemClock.stored(now);
        return consent;
    }

    private static List<FieldError> recipientErrors(ConsentRequests.RecordConsent request) {
        boolean partner = request.recipientPartnerId() != null;
        boolean type = request.recipientPartnerType() != null;
        boolean office = request.recipientOfficeId() != null;
        String purpose = request.purpose().name();
        List<FieldError> errors = new ArrayList<>();
        switch (request.purpose().recipient()) {
            case REQUIRED -> {
                if (!partner && !type && !office) {
                    errors.add(FieldError.body(
                            "$.recipientPartnerId",
                            purpose + " names a recipient: recipientPartnerId, recipientPartnerType or"
                                    + " recipientOfficeId"));
                } else if ((partner ? 1 : 0) + (type ? 1 : 0) + (office ? 1 : 0) > 1) {
                    errors.add(bothRecipients());
                }
            }
            case OPTIONAL -> {
                if (partner && type) {
                    errors.add(bothRecipients());
                }
                if (office) {
                    errors.add(FieldError.body("$.recipientOfficeId", purpose + " consents name no office"));
                }
            }
            case OFFICE -> {
                if (!office) {
                    errors.add(FieldError.body("$.recipientOfficeId", purpose + " names the receiving office"));
                }
                if (partner) {
                    errors.add(FieldError.body("$.recipientPartnerId", purpose + " consents name no partner"));
                }
                if (type) {
                    errors.add(FieldError.body("$.recipientPartnerType", purpose + " consents name no partner"));
                }
            }
            case NONE -> {
                if (partner) {
                    errors.add(FieldError.body("$.recipientPartnerId", purpose + " consents name no recipient"));
                }
                if (type) {
                    errors.add(FieldError.body("$.recipientPartnerType", purpose + " consents name no recipient"));
                }
                if (office) {
                    errors.add(FieldError.body("$.recipientOfficeId", purpose + " consents name no recipient"));
                }
            }
        }
        return errors;
    }

    private static FieldError bothRecipients() {
        return FieldError.body(
                "$.recipientPartnerType",
                "name one recipient: a partner (recipientPartnerId), a partner type or an office");
    }

    /**
     * Records the client's withdrawal, effective at {@code at} (not in the future, and not before the consent took
     * effect; a consent not yet in effect may be withdrawn at any past instant, and then never takes effect).
     */
    void withdraw(Instant at, String note, String by, Instant now) {
        if (withdrawnAt != null) {
            throw ApiException.conflict(
                    ALREADY_WITHDRAWN,
                    "A withdrawn consent cannot be withdrawn again",
                    Map.of("withdrawnAt", withdrawnAt));
        }
        if (at.isAfter(now)) {
            throw ApiException.invalid(FieldError.body("$.withdrawnAt", "must not be in the future"));
        }
        if (at.isBefore(givenAt) && !givenAt.isAfter(now)) {
            throw ApiException.invalid(FieldError.body("$.withdrawnAt", "must not be before the consent's givenAt"));
        }
        withdrawnAt = SystemClock.stored(at);
        withdrawalNote = note == null || note.isBlank() ? null : note.strip();
        withdrawalRecordedBy = by;
        withdrawalRecordedAt = SystemClock.stored(now);
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }

    ConsentStatus statusAt(Instant at) {
        if (withdrawnAt != null && !at.isBefore(withdrawnAt)) {
            return ConsentStatus.WITHDRAWN;
        }
        if (at.isBefore(givenAt)) {
            return ConsentStatus.NOT_YET_VALID;
        }
        if (expiresAt != null && !at.isBefore(expiresAt)) {
            return ConsentStatus.EXPIRED;
        }
        return ConsentStatus.ACTIVE;
    }

    /**
     * Whether this consent names the recipient: the partner itself, or one of its types. A consent naming no
     * recipient is the centre's own use and covers only a request that names no partner either.
     */
    boolean names(UUID partnerId, Set<PartnerType> partnerTypes) {
        if (recipientOfficeId != null) {
            return false;
        }
        if (recipientPartnerId != null) {
            return recipientPartnerId.equals(partnerId);
        }
        if (recipientPartnerType != null) {
            return partnerTypes != null && partnerTypes.contains(recipientPartnerType);
        }
        return partnerId == null && (partnerTypes == null || partnerTypes.isEmpty());
    }

    /** Whether this consent lets the recipient have the client's data for {@code purpose} at {@code at}. */
    boolean coversAt(UUID partnerId, Set<PartnerType> partnerTypes, ConsentPurpose asked, Instant at) {
        return purpose == asked && statusAt(at) == ConsentStatus.ACTIVE && names(partnerId, partnerTypes);
    }

    /** Whether this consent lets the office have the client's data for {@code purpose} at {@code at}. */
    boolean coversOfficeAt(UUID officeId, ConsentPurpose asked, Instant at) {
        return purpose == asked && statusAt(at) == ConsentStatus.ACTIVE && officeId.equals(recipientOfficeId);
    }

    Set<DataCategory> categories() {
        return dataCategories.stream()
                .map(DataCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    }

    /** The consent with its status at {@code at}. */
    ConsentView view(Instant at) {
        return new ConsentView(
                id,
                clientId,
                purpose,
                recipientPartnerId,
                recipientPartnerType,
                recipientOfficeId,
                categories(),
                givenHow,
                givenAt,
                expiresAt,
                statusAt(at),
                withdrawnAt,
                withdrawalNote,
                withdrawalRecordedBy,
                withdrawalRecordedAt,
                recordedBy,
                recordedAt,
                version);
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    Instant withdrawnAt() {
        return withdrawnAt;
    }

    long version() {
        return version;
    }

    private static List<String> names(Collection<DataCategory> categories) {
        return categories.stream().sorted().map(Enum::name).distinct().collect(Collectors.toCollection(ArrayList::new));
    }
}
