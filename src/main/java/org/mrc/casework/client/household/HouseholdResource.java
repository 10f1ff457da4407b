package org.mrc.casework.client.household;

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

@Path("/clients/{id}")
@Tag(name = "Households", description = "Typed, dated links between clients, read from either side")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class HouseholdResource {

    private final HouseholdService service;

    public HouseholdResource(HouseholdService service) {
        this.service = service;
    }

    @POST
    @Path("/household-links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "linkHouseholdMember",
            summary = "Link another client to this one (spouse, child, parent, sibling, carer, ...)",
            description = "The link is stored once and shown from both sides with the inverse type. Both clients"
                    + " must be records the caller may change. Two clients have at most one active link (409"
                    + " household-link-exists names it); end it first to record another.")
    @APIResponse(
            responseCode = "201",
            description = "The link, seen from this client",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = HouseholdLinkView.class)))
    public RestResponse<HouseholdLinkView> link(
            @PathParam("id") UUID id,
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @NotNull @Valid HouseholdRequests.LinkHouseholdMember request,
            UriInfo uri) {
        Idempotency.Outcome<HouseholdLinkView> outcome = service.link(id, request, idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @GET
    @Path("/household-links/{linkId}")
    @Operation(operationId = "getHouseholdLink", summary = "Read one household link, seen from this client")
    @APIResponse(
            responseCode = "200",
            description = "The link",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = HouseholdLinkView.class)))
    public RestResponse<HouseholdLinkView> get(
            @PathParam("id") UUID id, @PathParam("linkId") UUID linkId, @BeanParam AccessReasonParam reason) {
        return Responses.withEtag(service.link(id, linkId, reason.value()));
    }

    @POST
    @Path("/household-links/{linkId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "endHouseholdLink",
            summary = "End a household link on a date; it stays in both clients' history",
            description = "Either client's path may be used; both clients must be records the caller may change."
                    + " Ending an ended link is a 409 household-link-ended.")
    @APIResponse(
            responseCode = "200",
            description = "The ended link, seen from this client",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = HouseholdLinkView.class)))
    public RestResponse<HouseholdLinkView> end(
            @PathParam("id") UUID id,
            @PathParam("linkId") UUID linkId,
            @BeanParam IfMatchParam ifMatch,
            @NotNull @Valid HouseholdRequests.EndHouseholdLink request) {
        return Responses.withEtag(service.end(id, linkId, ifMatch.version(), request));
    }

    @GET
    @Path("/household")
    @Operation(
            operationId = "getHousehold",
            summary = "The people linked to a client, with their relation, residence, dates, roles and phase",
            description = "One request for the whole household, active links first, then ended ones. Household data"
                    + " is S1: staff outside the owning office may read it with X-Access-Reason. Related people are"
                    + " shown by their ordinary summary when they are within the caller's offices, else by id and"
                    + " reference only.")
    public HouseholdView household(@PathParam("id") UUID id, @BeanParam AccessReasonParam reason) {
        return service.household(id, reason.value());
    }
}
