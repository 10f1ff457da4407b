package org.mrc.casework.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mrc.casework.privacy.AccessReasonParam;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.http.IfMatchParam;
import org.mrc.casework.shared.http.MergePatch;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.http.Responses;
import org.mrc.casework.shared.idempotency.Idempotency;
import org.mrc.casework.shared.idempotency.IdempotencyKeyParam;
import org.mrc.casework.shared.paging.Page;
import org.mrc.casework.shared.paging.PageParams;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;
import org.mrc.casework.shared.validation.CountryCode;

@Path("/clients")
@Tag(name = "Clients", description = "People the centre serves, at any point of the migration cycle")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class ClientResource {

    private static final CountryCode.Validator COUNTRIES = new CountryCode.Validator();

    private final ClientService service;

    public ClientResource(ClientService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "registerClient",
            summary = "Register a person (named, pseudonymous or anonymous intake)",
            description = "A close match already in the caller's scope (similar name with the same birth date or"
                    + " year, or the same phone) is a 409 possible-duplicate listing the candidates; resubmit with"
                    + " confirmNotDuplicate=true when it is a different person.")
    @APIResponse(
            responseCode = "201",
            description = "The client was registered",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public RestResponse<ClientView> register(
            @BeanParam IdempotencyKeyParam idempotencyKey,
            @Parameter(
                            description =
                                    "Office that owns the record (default: the caller's); coordinators may pick an"
                                            + " office below theirs")
                    @QueryParam("officeId")
                    String officeId,
            @Parameter(description = "The caller checked the possible duplicates and this is another person")
                    @QueryParam("confirmNotDuplicate")
                    String confirmNotDuplicate,
            @NotNull @Valid ClientDetails details,
            UriInfo uri) {
        Idempotency.Outcome<ClientView> outcome = service.register(
                details,
                Params.uuid("officeId", officeId),
                Boolean.TRUE.equals(Params.bool("confirmNotDuplicate", confirmNotDuplicate)),
                idempotencyKey.key());
        return Responses.created(uri, outcome);
    }

    @GET
    @Operation(
            operationId = "searchClients",
            summary = "Find clients in the caller's scope by name (accent and typo tolerant), reference, birth date or"
                    + " year, phone, nationality, role, phase or office")
    public Page<ClientSummary> search(
            @Parameter(description = "Name or part of it; accents, case and small typos are tolerated")
                    @QueryParam("name")
                    String name,
            @Parameter(description = "Client reference, e.g. BTG-2026-000123") @QueryParam("reference")
                    String reference,
            @Parameter(description = "ISO date") @QueryParam("birthDate") String birthDate,
            @QueryParam("birthYear") @Min(1900) @Max(2100) Integer birthYear,
            @QueryParam("phone") String phone,
            @Parameter(description = "ISO 3166-1 alpha-2") @QueryParam("nationality") String nationality,
            @Parameter(description = "A role the client holds", schema = @Schema(implementation = ClientRole.class))
                    @QueryParam("role")
                    String role,
            @Parameter(description = "Current migration phase", schema = @Schema(implementation = MigrationPhase.class))
                    @QueryParam("phase")
                    String phase,
            @QueryParam("officeId") String officeId,
            @Valid @BeanParam PageParams page) {
        ClientSearch search = new ClientSearch(
                name,
                reference,
                Params.date("birthDate", birthDate),
                birthYear,
                phone,
                country("nationality", nationality),
                Params.enumValue("role", role, ClientRole.class),
                Params.enumValue("phase", phase, MigrationPhase.class),
                Params.uuid("officeId", officeId));
        return service.search(search, page.request());
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getClient",
            summary = "Read a client record, cut to what the caller may see",
            description = "Staff of the owning office see every tier. Other staff must state why in X-Access-Reason;"
                    + " they then see S0 and S1 only, read-only, and the access is audited with the reason. Without a"
                    + " reason the record is reported as not found.")
    @APIResponse(
            responseCode = "200",
            description = "The client",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public RestResponse<ClientView> get(@PathParam("id") UUID id, @BeanParam AccessReasonParam reason) {
        ClientView view = service.get(id, reason.value());
        return Responses.withEtag(view);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateClient", summary = "Correct or complete a client record (JSON merge patch)")
    @RequestBody(
            content =
                    @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ClientDetails.class)))
    @APIResponse(
            responseCode = "200",
            description = "The updated client",
            headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ClientView.class)))
    public RestResponse<ClientView> update(
            @PathParam("id") UUID id, @BeanParam IfMatchParam ifMatch, @NotNull JsonNode patch) {
        ClientView view = service.update(id, ifMatch.version(), patch);
        return Responses.withEtag(view);
    }

    private static String country(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!COUNTRIES.isValid(raw.trim(), null)) {
            throw ApiException.invalid(FieldError.query(name, "must be an ISO 3166-1 alpha-2 country code"));
        }
        return raw.trim();
    }
}
