package org.mrc.casework.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.privacy.AccessReasonParam;
import org.mrc.casework.security.Roles;

@Path("/clients/{id}/suggestions")
@Tag(name = "Clients")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASEWORKER, Roles.COORDINATOR})
public class SuggestionResource {

    private final EligibilityService service;

    public SuggestionResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @Operation(
            operationId = "suggestOfferings",
            summary = "Offerings the client is eligible for, best fit first, each with the rules it matched",
            description = "Active offerings (in the client's current country when recorded) whose eligibility rules"
                    + " the client meets given the current phase, roles, age, sex, languages, locality and side of the"
                    + " journey, as the caller may see the record: a fact not recorded or not visible never excludes"
                    + " an offering, administrative status is never used, and service types above what the caller"
                    + " may see of the client are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions",
            content = @Content(schema = @Schema(implementation = SuggestionsView.class)))
    public SuggestionsView suggest(
            @PathParam("id") UUID id,
            @BeanParam AccessReasonParam reason,
            @Parameter(description = "How many of the best-ranked offerings to return (a ranking, not a paged list)")
                    @QueryParam("top")
                    @DefaultValue("20")
                    @Min(1)
                    @Max(100)
                    int top) {
        return service.suggestions(id, reason.value(), top);
    }
}
