package org.mrc.casework.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.reporting.Granularity;
import org.mrc.casework.reporting.ReportRequest;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.Params;

@Path("/reports/local-migration-profile")
@Tag(name = "Reports")
@Produces({MediaType.APPLICATION_JSON, ProfileWriters.ZIP, MediaType.TEXT_HTML})
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
public class ProfileResource {

    private final ProfileService service;

    public ProfileResource(ProfileService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "exportLocalMigrationProfile",
            summary = "The local migration profile of a territory (an office and the offices below it) for a period",
            description = "Trends (caseload, movements, returnees, families left behind, children's schooling,"
                    + " services delivered, referrals, skills recognition and deskilling, each by sex, by quarter"
                    + " unless granularity says otherwise), data sources with their dates, local actors and"
                    + " initiatives, governance, and placeholders for qualitative themes and recommendations. Each"
                    + " indicator carries its source, date and the caveat that case data under-count irregular"
                    + " migration. Scoped like every report: coordinators their own subtree, analysts and admins any."
                    + " JSON by default; a CSV bundle with Accept: application/zip; a printable HTML document with"
                    + " charts (inline SVG, no script) with Accept: text/html. Every count, in every format and"
                    + " chart, went through the report suppression: none from 1 to threshold - 1 appears.")
    @APIResponse(
            responseCode = "200",
            description = "The profile",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = LocalMigrationProfile.class)),
                @Content(mediaType = ProfileWriters.ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))
            })
    public LocalMigrationProfile export(
            @Parameter(description = "Office code: the territory is it and every office below it", required = true)
                    @QueryParam("office")
                    String office,
            @Parameter(description = "First month, inclusive (default: 11 months before to)", example = "2026-01")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "Last month, inclusive (default: the current month)", example = "2026-12")
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "The trends' time step: MONTH, QUARTER (default) or YEAR",
                            schema = @Schema(implementation = Granularity.class))
                    @QueryParam("granularity")
                    String granularity) {
        return service.export(
                office == null || office.isBlank() ? null : office.trim(),
                ReportRequest.yearMonth("from", from),
                ReportRequest.yearMonth("to", to),
                Params.enumValue("granularity", granularity, Granularity.class));
    }
}
