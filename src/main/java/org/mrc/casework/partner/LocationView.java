package org.mrc.casework.partner;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.shared.Identified;

/** A place where a partner delivers services. {@code version} is also the ETag. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PartnerLocation")
public record LocationView(
        UUID id,
        UUID partnerId,
        String name,
        String address,
        String locality,
        String country,
        Double latitude,
        Double longitude,
        long version)
        implements Identified {}
