package org.mrc.casework.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;

/** A partner organisation as staff (and the partner itself) read it. {@code version} is also the ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Partner")
public record PartnerView(
        UUID id,
        @Schema(example = "Batangas Returnee Cooperative") String name,
        List<PartnerType> types,
        @Schema(example = "PH") String country,
        @Schema(example = "Batangas City") String locality,
        String website,
        List<DirectoryRequests.Contact> contacts,
        boolean active,
        long version)
        implements Identified {}
