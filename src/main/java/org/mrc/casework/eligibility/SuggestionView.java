package org.mrc.casework.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One offering suggested for a client, with why: the eligibility rules it states that the client meets
 * ({@code matched}), those the client's record cannot answer for this caller ({@code notRecorded}: never a reason to
 * leave an offering out), and the other signs of fit ({@code fit}: SERVICE_TYPE_SERVES_PHASE, SAME_LOCALITY,
 * DELIVERED_IN_A_LANGUAGE_SPOKEN, EXTENDED_MAINSTREAM).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OfferingSuggestion")
public record SuggestionView(
        int rank,

        @Schema(description = "Higher is a closer fit: one point per matched rule and per sign of fit")
        int score,

        UUID offeringId,
        @Schema(example = "RETURNEE_ENTREPRENEURSHIP") String serviceType,
        UUID partnerId,
        UUID providerOfficeId,
        @Schema(example = "PH") String country,
        @Schema(example = "Batangas City") String locality,
        boolean extendedMainstream,
        List<EligibilityRule> matched,
        List<EligibilityRule> notRecorded,

        @Schema(example = "[\"SERVICE_TYPE_SERVES_PHASE\", \"SAME_LOCALITY\"]")
        List<String> fit) {}
