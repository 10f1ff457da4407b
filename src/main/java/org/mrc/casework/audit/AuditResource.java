package org.mrc.casework.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
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
import org.mrc.casework.shared.paging.PageParams;

@Path("/audit")
@Tag(name = "Audit", description = "Who accessed or changed what, when, and with which outcome")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog log;
    private final AuditChain chain;

    public AuditResource(AuditLog log, AuditChain chain) {
        this.log = log;
        this.chain = chain;
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
            @Valid @BeanParam PageParams page) {
        AuditQuery query = new AuditQuery(
                actor,
                action,
                resourceType,
                Params.uuid("resourceId", resourceId),
                Params.enumValue("outcome", outcome, AuditOutcome.class),
                Params.instant("from", from),
                Params.instant("to", to));
        return log.find(query, page.request());
    }

    @GET
    @Path("/verification")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Check that the audit trail is intact over a range of its hash chain",
            description = "Recomputes the hash chain that links every audit entry to the one committed before it,"
                    + " from link `from` to link `to` (chain sequence numbers, inclusive; by default the whole"
                    + " chain), and reports how many links were checked and the first broken one: an entry"
                    + " deleted or altered, or a link removed. Entry contents are never returned.")
    public AuditVerification verify(
            @Parameter(description = "First chain sequence number to check (default 1)") @QueryParam("from") @Min(1)
                    Long from,
            @Parameter(description = "Last chain sequence number to check (default: the last link)")
                    @QueryParam("to")
                    @Min(1)
                    Long to) {
        return chain.verify(from, to);
    }
}
