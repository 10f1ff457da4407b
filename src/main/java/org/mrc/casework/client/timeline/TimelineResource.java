package org.mrc.casework.client.timeline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.privacy.AccessReasonParam;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/clients/{clientId}/timeline")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class TimelineResource {

    private final ClientTimeline service;

    public TimelineResource(ClientTimeline service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "getClientTimeline",
            summary = "A client's history in date order: episodes opened and closed and their phase changes",
            description = "Each entry has a kind, a date, the episode it belongs to and details of that kind, cut to"
                    + " what the caller may see. Out-of-scope staff must state a reason.")
    public Page<TimelineEntry> timeline(
            @PathParam("clientId") UUID clientId,
            @BeanParam AccessReasonParam reason,
            @Valid @BeanParam PageParams page) {
        return service.timeline(clientId, reason.value(), page.request());
    }
}
