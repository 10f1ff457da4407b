package org.mrc.casework.client;

import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;

/**
 * A search hit: only the ordinary (S0) fields a caseworker needs to recognise the person. Opening the full record
 * is a separate, audited read.
 */
@Schema(name = "ClientSummary")
public record ClientSummary(
        UUID id,
        String reference,
        UUID officeId,

        @Schema(description = "Given and family name, or the pseudonym")
        String displayName,

        Sex sex,
        Integer birthYear,
        Set<ClientRole> roles,
        MigrationPhase currentPhase,

        @Schema(description = "Relevance to the name searched, 0 to 1; absent without a name query")
        Double score)
        implements Identified {}
