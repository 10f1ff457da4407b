package org.mrc.casework.lifecycle.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Responses;

@Path("/retention-rules")
@Tag(name = "Data lifecycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    private final RetentionService service;

    public RetentionResource(RetentionService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "listRetentionRules",
            summary = "The retention rules: per kind of record and situation, the period and what happens then")
    public List<RetentionRuleView> list() {
        return service.list();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeRetentionRule",
            summary = "Change a rule's action, period or switch",
            description = "Client rules anonymise or erase; the others are kept (for their period, or for ever).")
    @APIResponse(
            responseCode = "200",
            description = "The changed rule",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = RetentionRuleView.class)))
    public RestResponse<RetentionRuleView> change(
            @PathParam("code") String code,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid ChangeRetentionRule change) {
        return Responses.withEtag(service.change(code, change, ifMatch.version()));
    }
}
