package org.mrc.casework.client.humancapital;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.privacy.AccessReasonParam;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;

@Path("/clients/{id}")
@Tag(
        name = "Human capital",
        description = "Diplomas and their recognition per country, skills, languages, and occupations before, during"
                + " and after migration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class HumanCapitalResource {

    private final HumanCapitalService service;

    public HumanCapitalResource(HumanCapitalService service) {
        this.service = service;
    }

    @GET
    @Path("/human-capital")
    @Operation(
            operationId = "getHumanCapital",
            summary = "Read a client's diplomas (with recognition per country and history), skills, languages and"
                    + " employment history",
            description = "Staff of the owning office see everything. Other staff must state why in X-Access-Reason;"
                    + " they then see it read-only (diplomas, skills and languages are S0, employment S1), and the"
                    + " access is audited with the reason. Without a reason the client is reported as not found.")
    public HumanCapitalView get(@PathParam("id") UUID id, @BeanParam AccessReasonParam reason) {
        return service.read(id, reason.value());
    }

    @POST
    @Path("/diplomas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addClientDiploma",
            summary = "Record a diploma the client holds, optionally with its recognition history so far")
    @APIResponse(
            responseCode = "201",
            description = "The diploma was recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = DiplomaView.class)))
    public RestResponse<DiplomaView> addDiploma(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HumanCapitalRequests.AddDiploma request,
            UriInfo uri) {
        Idempotency.Outcome<DiplomaView> outcome = service.addDiploma(id, request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @POST
    @Path("/diplomas/{diplomaId}/recognitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordDiplomaRecognition",
            summary = "Append a recognition status of a diploma in a country (the history is kept)",
            description = "The current status in a country is the entry with the latest effective date; recording an"
                    + " earlier one completes the history without changing the current status. Entries are never"
                    + " edited: a correction is a new entry.")
    @APIResponse(
            responseCode = "201",
            description = "The status was appended",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = RecognitionView.class)))
    public RestResponse<RecognitionView> recordRecognition(
            @PathParam("id") UUID id,
            @PathParam("diplomaId") UUID diplomaId,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HumanCapitalRequests.RecordRecognition request,
            UriInfo uri) {
        return Responses.created(uri, service.recordRecognition(id, diplomaId, request, idempotencyKey.key()));
    }

    @DELETE
    @Path("/diplomas/{diplomaId}")
    @Operation(
            operationId = "removeClientDiploma",
            summary = "Remove a diploma entered by mistake, with its recognition history")
    @APIResponse(responseCode = "204", description = "The diploma was removed")
    public RestResponse<Void> removeDiploma(
            @PathParam("id") UUID id, @PathParam("diplomaId") UUID diplomaId, @BeanParam IfMatchParam ifMatch) {
        service.removeDiploma(id, diplomaId, ifMatch.version());
        return RestResponse.noContent();
    }

    @POST
    @Path("/skills")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addClientSkill", summary = "Record a skill and how it was acquired")
    @APIResponse(
            responseCode = "201",
            description = "The skill was recorded",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = SkillView.class)))
    public RestResponse<SkillView> addSkill(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HumanCapitalRequests.AddSkill request,
            UriInfo uri) {
        return Responses.created(uri, service.addSkill(id, request, idempotencyKey.key()));
    }

    @DELETE
    @Path("/skills/{skillId}")
    @Operation(operationId = "removeClientSkill", summary = "Remove a skill entered by mistake")
    @APIResponse(responseCode = "204", description = "The skill was removed")
    public RestResponse<Void> removeSkill(@PathParam("id") UUID id, @PathParam("skillId") UUID skillId) {
        service.removeSkill(id, skillId);
        return RestResponse.noContent();
    }

    @POST
    @Path("/languages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addClientLanguage",
            summary = "Record a language the client speaks, with its CEFR level where known",
            description = "One entry per language: to record a new level, remove the existing entry first (a 409"
                    + " language-already-recorded names it in existingId).")
    @APIResponse(
            responseCode = "201",
            description = "The language was recorded",
            headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = LanguageView.class)))
    public RestResponse<LanguageView> addLanguage(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HumanCapitalRequests.AddLanguage request,
            UriInfo uri) {
        return Responses.created(uri, service.addLanguage(id, request, idempotencyKey.key()));
    }

    @DELETE
    @Path("/languages/{languageId}")
    @Operation(operationId = "removeClientLanguage", summary = "Remove a language entry")
    @APIResponse(responseCode = "204", description = "The language entry was removed")
    public RestResponse<Void> removeLanguage(@PathParam("id") UUID id, @PathParam("languageId") UUID languageId) {
        service.removeLanguage(id, languageId);
        return RestResponse.noContent();
    }

    @POST
    @Path("/employment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addClientEmployment",
            summary = "Record an occupation (or a spell without work) before, during or after migration")
    @APIResponse(
            responseCode = "201",
            description = "The occupation was recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = EmploymentView.class)))
    public RestResponse<EmploymentView> addEmployment(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HumanCapitalRequests.AddEmployment request,
            UriInfo uri) {
        Idempotency.Outcome<EmploymentView> outcome = service.addEmployment(id, request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @POST
    @Path("/employment/{employmentId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endClientEmployment", summary = "End a current occupation on a date")
    @APIResponse(
            responseCode = "200",
            description = "The ended occupation",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = EmploymentView.class)))
    public RestResponse<EmploymentView> endEmployment(
            @PathParam("id") UUID id,
            @PathParam("employmentId") UUID employmentId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid HumanCapitalRequests.EndEmployment request) {
        EmploymentView view = service.endEmployment(id, employmentId, ifMatch.version(), request);
        return Responses.withEtag(view);
    }

    @DELETE
    @Path("/employment/{employmentId}")
    @Operation(operationId = "removeClientEmployment", summary = "Remove an employment entry entered by mistake")
    @APIResponse(responseCode = "204", description = "The employment entry was removed")
    public RestResponse<Void> removeEmployment(
            @PathParam("id") UUID id, @PathParam("employmentId") UUID employmentId, @BeanParam IfMatchParam ifMatch) {
        service.removeEmployment(id, employmentId, ifMatch.version());
        return RestResponse.noContent();
    }
}
