package org.mrc.casework.eligibility;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The offerings a client is eligible for, best fit first. */
@Schema(name = "OfferingSuggestions")
public record SuggestionsView(
        UUID clientId,

        @Schema(description = "How many eligible offerings were found (the list may be cut to limit)")
        int eligible,

        List<SuggestionView> suggestions) {}
