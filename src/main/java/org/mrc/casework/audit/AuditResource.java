package org.mrc.casework.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageRequest;

@Path("/audit")
@Tag(name = "Audit", description = "Who accessed or changed what, when, and with which outcome")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "searchAudit", summary = "Search the audit trail, newest first")
    public Page<AuditEntryView> search(
            @Parameter(description = "Token subject of the actor") @QueryParam("actor") String actor,
            @Parameter(description = "Action, e.g. office.read") @QueryParam("action") String action,
            @Parameter(description = "Resource type, e.g. office") @QueryParam("resourceType") String resourceType,
            @Parameter(description = "Id of the record") @QueryParam("resourceId") String resourceId,
            @Parameter(
                            description = "Only entries with this outcome",
                            schema = @Schema(implementation = AuditOutcome.class))
                    @QueryParam("outcome")
                    String outcome,
            @Parameter(description = "Inclusive lower bound (ISO-8601 instant)") @QueryParam("from") String from,
            @Parameter(description = "Exclusive upper bound (ISO-8601 instant)") @QueryParam("to") String to,
            @Parameter(description = "Opaque cursor from the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {
        AuditQuery query = new AuditQuery(
                actor,
                action,
                resourceType,
                Params.uuid("resourceId", resourceId),
                Params.enumValue("outcome", outcome, AuditOutcome.class),
                Params.instant("from", from),
                Params.instant("to", to));
        return log.find(query, new PageRequest(cursor, limit));
    }
}
