package org.mrc.casework.referral;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Where a referral stands, spelled as the HL7 FHIR Task status codes so that partners that speak FHIR need no
 * mapping.
 */
public enum ReferralStatus {
    DRAFT("draft"),
    REQUESTED("requested"),
    RECEIVED("received"),
    ACCEPTED("accepted"),
    REJECTED("rejected"),
    IN_PROGRESS("in-progress"),
    ON_HOLD("on-hold"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled"),
    ENTERED_IN_ERROR("entered-in-error");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static ReferralStatus of(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a referral status"));
    }

    /** No move leaves a closed referral. */
    public boolean closed() {
        return this == REJECTED || this == COMPLETED || this == FAILED || this == CANCELLED || this == ENTERED_IN_ERROR;
    }
}
