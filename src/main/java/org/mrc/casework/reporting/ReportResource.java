package org.mrc.casework.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.security.Roles;

/**
 * Aggregate reports for dashboards: analysts and admins see every office, coordinators their own subtree. JSON by
 * default, CSV with {@code Accept: text/csv}.
 */
@Path("/reports")
@Tag(name = "Reports")
@Produces({MediaType.APPLICATION_JSON, ReportResource.TEXT_CSV})
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN})
public class ReportResource {

    static final String TEXT_CSV = "text/csv";
    private static final String COMMON = " Every count is withheld from 1 to threshold - 1 (default 5), with enough"
            + " other cells that no withheld one can be recomputed from the totals given; figures are as of the"
            + " last rollup refresh (dataAsOf).";

    private final ReportService service;

    public ReportResource(ReportService service) {
        this.service = service;
    }

    @GET
    @Path("/caseload")
    @Operation(
            operationId = "reportCaseload",
            summary = "Caseload: clients with an open episode at the end of each period",
            description = "Dimensions: phase, subStage, role, ageBand, sex, nationality, originLocality (the client's),"
                    + " office; administrativeStatus and vulnerability for analysts where sensitive dimensions are"
                    + " enabled." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView caseload(@BeanParam ReportRequest request) {
        return service.run(Report.CASELOAD, request.question());
    }

    @GET
    @Path("/movements")
    @Operation(
            operationId = "reportMovements",
            summary = "Departures and returns per period",
            description = "Every cell carries movement (DEPARTURE or RETURN). Dimensions: originLocality,"
                    + " destinationCountry (the country of the journey leg in force on the date of the change), sex,"
                    + " ageBand, office; administrativeStatus for analysts where sensitive dimensions are enabled."
                    + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView movements(@BeanParam ReportRequest request) {
        return service.run(Report.MOVEMENTS, request.question());
    }

    @GET
    @Path("/returnees")
    @Operation(
            operationId = "reportReturnees",
            summary = "Returnee profile: returns by circumstance, cycle completeness and sex, with preparedness shares",
            description = "Dimensions: circumstance, completeness, sex, ageBand, destinationCountry (the country of"
                    + " the journey leg in force on the return date), office." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView returnees(@BeanParam ReportRequest request) {
        return service.run(Report.RETURNEES, request.question());
    }

    @GET
    @Path("/families-left-behind")
    @Operation(
            operationId = "reportFamiliesLeftBehind",
            summary = "Families left behind, by which household member migrated",
            description = "Dimensions: relation, migrantPhase, sex, ageBand, office." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView familiesLeftBehind(@BeanParam ReportRequest request) {
        return service.run(Report.FAMILIES_LEFT_BEHIND, request.question());
    }

    @GET
    @Path("/referrals")
    @Operation(
            operationId = "reportReferrals",
            summary = "Referral uptake and completion, with acceptance and completion rates and response times",
            description = "Dimensions: serviceType, category, partner, status, outcome, reason, sex, office." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView referrals(@BeanParam ReportRequest request) {
        return service.run(Report.REFERRALS, request.question());
    }

    @GET
    @Path("/services-delivered")
    @Operation(
            operationId = "reportServicesDelivered",
            summary = "People served, individually and in groups (gender-responsive budgeting view)",
            description = "Dimensions: serviceType, category, provider, mode, sex, ageBand, office." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView servicesDelivered(@BeanParam ReportRequest request) {
        return service.run(Report.SERVICES_DELIVERED, request.question());
    }

    @GET
    @Path("/skills/recognition")
    @Operation(
            operationId = "reportSkillsRecognition",
            summary = "Diplomas by recognition status at the end of each period",
            description = "Dimensions: recognitionStatus, level, country, sex, ageBand, office." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView skillsRecognition(@BeanParam ReportRequest request) {
        return service.run(Report.SKILLS_RECOGNITION, request.question());
    }

    @GET
    @Path("/skills/deskilling")
    @Operation(
            operationId = "reportDeskilling",
            summary = "Deskilling: tertiary-educated clients whose current or last occupation is elementary",
            description = "Every cell carries indicator (DESKILLED or NOT_DESKILLED). Dimensions: sex, ageBand,"
                    + " office." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView deskilling(@BeanParam ReportRequest request) {
        return service.run(Report.DESKILLING, request.question());
    }

    @GET
    @Path("/children-left-behind/schooling")
    @Operation(
            operationId = "reportChildrenSchooling",
            summary = "Children left behind: school enrolment, attendance and drop-out by which parent migrated",
            description = "Dimensions: parentMigrated, status, attending, level, zone, sex, ageBand, office. Children's"
                    + " data never leave as such: only these counts." + COMMON)
    @APIResponse(
            responseCode = "200",
            description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    public ReportView childrenSchooling(@BeanParam ReportRequest request) {
        return service.run(Report.CHILDREN_SCHOOLING, request.question());
    }

    @POST
    @Path("/refresh")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "refreshReports",
            summary = "Recompute every reporting rollup now",
            description = "Returns when done, with each rollup's as-of time, duration and the rows it wrote (the rollup"
                    + " and the copies computed from it). The rollups are also"
                    + " recomputed on a schedule (mrc.reporting.refresh-interval).")
    @APIResponse(
            responseCode = "200",
            description = "The rollups were rebuilt",
            content = @Content(schema = @Schema(implementation = RefreshView.class)))
    public RefreshView refresh() {
        return service.refresh();
    }
}
