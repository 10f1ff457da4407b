package org.mrc.casework.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;

@Path("/clients/{id}/consents")
@Tag(name = "Consents", description = "What each client agreed to share, with whom, for what; immutable, withdrawable")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ConsentResource {

    private final ConsentService service;

    public ConsentResource(ConsentService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordConsent",
            summary = "Record a consent the client gave (purpose, recipient, data categories, how, when, expiry)",
            description = "Consents are immutable: there is no update. A consent that no longer holds is withdrawn"
                    + " (and stays in the history); a changed consent is a new one.")
    @APIResponse(
            responseCode = "201",
            description = "The consent was recorded",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    public RestResponse<ConsentView> record(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid ConsentRequests.RecordConsent request,
            UriInfo uri) {
        Idempotency.Outcome<ConsentView> outcome = service.record(id, request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @GET
    @Operation(
            operationId = "listConsents",
            summary = "A client's consents, current and past, newest first, each with its status now",
            description = "Status is ACTIVE, NOT_YET_VALID (given-at in the future), EXPIRED or WITHDRAWN. Staff"
                    + " outside the owning office may read with X-Access-Reason (audited).")
    public Page<ConsentView> list(
            @PathParam("id") UUID id, @BeanParam AccessReasonParam reason, @Valid @BeanParam PageParams page) {
        return service.list(id, reason.value(), page.request());
    }

    @GET
    @Path("/{consentId}")
    @Operation(operationId = "getConsent", summary = "Read one consent with its status now")
    @APIResponse(
            responseCode = "200",
            description = "The consent",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    public RestResponse<ConsentView> get(
            @PathParam("id") UUID id, @PathParam("consentId") UUID consentId, @BeanParam AccessReasonParam reason) {
        return Responses.withEtag(service.get(id, consentId, reason.value()));
    }

    @POST
    @Path("/{consentId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "withdrawConsent",
            summary = "Record the client's withdrawal of a consent; the consent stays in the history",
            description = "Once only: withdrawing a withdrawn consent is a 409 consent-already-withdrawn. The"
                    + " withdrawal takes effect at withdrawnAt (now when absent; never in the future).")
    @APIResponse(
            responseCode = "200",
            description = "The withdrawn consent",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    public RestResponse<ConsentView> withdraw(
            @PathParam("id") UUID id,
            @PathParam("consentId") UUID consentId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid ConsentRequests.WithdrawConsent request) {
        return Responses.withEtag(service.withdraw(id, consentId, ifMatch.version(), request));
    }
}
