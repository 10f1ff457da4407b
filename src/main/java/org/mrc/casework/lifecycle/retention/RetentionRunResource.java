package org.mrc.casework.lifecycle.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.security.Roles;

@Path("/retention-runs")
@Tag(name = "Data lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionRunResource {

    private final RetentionService service;

    public RetentionRunResource(RetentionService service) {
        this.service = service;
    }

    @POST
    @Path("dry-run")
    @Operation(
            operationId = "previewRetention",
            summary = "What a retention run now would do, by rule and office, changing nothing")
    public RetentionReport dryRun() {
        return service.dryRun();
    }

    @GET
    @Path("/latest")
    @Operation(operationId = "getLatestRetentionRun", summary = "What the latest retention run did, by rule and office")
    public RetentionReport latest() {
        return service.latest();
    }
}
