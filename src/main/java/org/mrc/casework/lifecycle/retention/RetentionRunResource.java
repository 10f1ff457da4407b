package org.mrc.casework.lifecycle.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
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
            summary = "Start a dry run: what a retention run now would do, by rule and office, changing nothing",
            description = "A dry run reads every client (about half an hour at 1,000,000 clients), so it runs in the"
                    + " background: the answer names it (Location) and its report is read there, with finishedAt"
                    + " once it is complete. While one is under way, this gives that one.")
    @APIResponse(
            responseCode = "202",
            description = "The dry run under way",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = RetentionReport.class)))
    public RestResponse<RetentionReport> dryRun() {
        RetentionReport started = service.startDryRun();
        return RestResponse.ResponseBuilder.<RetentionReport>create(RestResponse.Status.ACCEPTED, started)
                .location(URI.create("/retention-runs/dry-runs/" + started.runId()))
                .build();
    }

    @GET
    @Path("/dry-runs/{id}")
    @Operation(
            operationId = "getRetentionDryRun",
            summary = "A dry run's report, by rule and office once it finished (finishedAt)")
    public RetentionReport dryRun(@PathParam("id") UUID id) {
        return service.dryRun(id);
    }

    @GET
    @Path("/latest")
    @Operation(operationId = "getLatestRetentionRun", summary = "What the latest retention run did, by rule and office")
    public RetentionReport latest() {
        return service.latest();
    }
}
