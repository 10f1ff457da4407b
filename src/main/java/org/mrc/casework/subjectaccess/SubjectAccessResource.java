package org.mrc.casework.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.privacy.RequiredAccessReasonParam;
import org.mrc.casework.security.Roles;

@Path("/clients/{clientId}/subject-access")
@Tag(name = "Clients")
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class SubjectAccessResource {

    private final SubjectAccessService service;
    private final StaffNames staff;
    private final SubjectAccessDocument document;

    public SubjectAccessResource(SubjectAccessService service, StaffNames staff, SubjectAccessDocument document) {
        this.service = service;
        this.staff = staff;
        this.document = document;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(
            operationId = "getSubjectAccessReport",
            summary = "Everything held about a client and who reached it, for a subject-access request",
            description = "The whole record at every tier, its corrections, episodes, household, human capital,"
                    + " consents and withdrawals, services, sessions attended, referrals with what each recipient"
                    + " receives by consented category, handovers, merges, and every access to these records from the"
                    + " audit trail by role and office (staff named only where mrc.subject-access.show-staff is on)."
                    + " Only staff whose offices cover the owning office reach it (404 for everyone else), and only"
                    + " with X-Access-Reason (400 without); the read is audited with the stated purpose. Send"
                    + " `Accept: text/html` for a document to hand over, labelled in the person's preferred language"
                    + " where labels exist (else English).")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON) or the document to hand over (HTML)",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = SubjectAccessReport.class)),
                @Content(
                        mediaType = MediaType.TEXT_HTML,
                        schema = @Schema(type = SchemaType.STRING, description = "An HTML document"))
            })
    public Response report(
            @PathParam("clientId") UUID clientId,
            @BeanParam RequiredAccessReasonParam reason,
            @Context HttpHeaders headers) {
        JsonNode report = staff.tree(service.report(clientId, reason.value()));
        if (wantsHtml(headers)) {
            return Response.ok(document.render(report), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Whether the first acceptable type the operation can produce is HTML (a wildcard means JSON). */
    private static boolean wantsHtml(HttpHeaders headers) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isWildcardType()) {
                return false;
            }
            if (acceptable.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}
