package org.mrc.casework.hsds;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mrc.casework.shared.http.Params;
import org.mrc.casework.shared.problem.ApiException;
import org.mrc.casework.shared.problem.FieldError;

/**
 * The Open Referral HSDS 3.0 API over the partner directory, with the reference's paths, page/per_page paging and
 * search parameters (search, taxonomy_term_id, taxonomy_id, organization_id, modified_after, format=json).
 */
@Path("/hsds")
@Tag(name = "HSDS", description = "The partner directory as Open Referral HSDS 3.0 (read only)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HsdsResource {

    private static final int MAX_PER_PAGE = 200;

    private final HsdsDirectory directory;
    private final HsdsAccess access;
    private final HsdsConfig config;

    public HsdsResource(HsdsDirectory directory, HsdsAccess access, HsdsConfig config) {
        this.directory = directory;
        this.access = access;
        this.config = config;
    }

    @GET
    @Operation(
            operationId = "getHsdsApiInfo",
            summary = "HSDS version and profile of this API, and where its OpenAPI document is")
    public Hsds.Info info(UriInfo uri) {
        access.check();
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return new Hsds.Info(Hsds.VERSION, config.profile(), base + "/q/openapi?format=json");
    }

    @GET
    @Path("/services")
    @Operation(operationId = "listHsdsServices", summary = "HSDS services: the partners' offerings")
    public Hsds.Page<Hsds.Service> services(
            @Parameter(description = "Full text search") @QueryParam("search") String search,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(MAX_PER_PAGE) int perPage,
            @Parameter(description = "Only json", schema = @Schema(enumeration = {"json"})) @QueryParam("format")
                    String format,
            @Parameter(description = "Only services with this taxonomy term (service type id)")
                    @QueryParam("taxonomy_term_id")
                    String taxonomyTermId,
            @Parameter(description = "Only services with a term of this taxonomy") @QueryParam("taxonomy_id")
                    String taxonomyId,
            @Parameter(description = "Only services of this organization") @QueryParam("organization_id")
                    String organizationId,
            @Parameter(description = "Only services modified at or after this instant (ISO-8601)")
                    @QueryParam("modified_after")
                    String modifiedAfter) {
        access.check();
        json(format);
        return directory.services(
                filter(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter), page, perPage);
    }

    @GET
    @Path("/services/{id}")
    @Operation(operationId = "getHsdsService", summary = "One HSDS service, fully nested")
    public Hsds.Service service(@PathParam("id") UUID id) {
        access.check();
        return directory.service(id);
    }

    @GET
    @Path("/service_at_locations")
    @Operation(
            operationId = "listHsdsServiceAtLocations",
            summary = "HSDS service_at_locations: where each offering is delivered (the id referrals name)")
    public Hsds.Page<Hsds.ServiceAtLocation> servicesAtLocations(
            @Parameter(description = "Full text search") @QueryParam("search") String search,
            @Parameter(description = "Only service_at_locations with this taxonomy term (service type id)")
                    @QueryParam("taxonomy_term_id")
                    String taxonomyTermId,
            @Parameter(description = "Only service_at_locations with a term of this taxonomy")
                    @QueryParam("taxonomy_id")
                    String taxonomyId,
            @Parameter(description = "Only service_at_locations of this organization") @QueryParam("organization_id")
                    String organizationId,
            @Parameter(description = "Only those modified at or after this instant (ISO-8601)")
                    @QueryParam("modified_after")
                    String modifiedAfter,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(MAX_PER_PAGE) int perPage,
            @Parameter(description = "Only json", schema = @Schema(enumeration = {"json"})) @QueryParam("format")
                    String format) {
        access.check();
        json(format);
        return directory.servicesAtLocations(
                filter(search, taxonomyTermId, taxonomyId, organizationId, modifiedAfter), page, perPage);
    }

    @GET
    @Path("/service_at_locations/{id}")
    @Operation(operationId = "getHsdsServiceAtLocation", summary = "One HSDS service_at_location, fully nested")
    public Hsds.ServiceAtLocation serviceAtLocation(@PathParam("id") UUID id) {
        access.check();
        return directory.serviceAtLocation(id);
    }

    @GET
    @Path("/organizations")
    @Operation(operationId = "listHsdsOrganizations", summary = "HSDS organizations: the active partner organisations")
    public Hsds.Page<Hsds.Organization> organizations(
            @Parameter(description = "Full text search") @QueryParam("search") String search,
            @Parameter(description = "Only organizations offering a service with this taxonomy term")
                    @QueryParam("taxonomy_term_id")
                    String taxonomyTermId,
            @Parameter(description = "Only organizations with a service of a term of this taxonomy")
                    @QueryParam("taxonomy_id")
                    String taxonomyId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(MAX_PER_PAGE) int perPage,
            @Parameter(description = "Only json", schema = @Schema(enumeration = {"json"})) @QueryParam("format")
                    String format) {
        access.check();
        json(format);
        return directory.organizations(
                blankToNull(search),
                Params.uuid("taxonomy_term_id", taxonomyTermId),
                Params.uuid("taxonomy_id", taxonomyId),
                page,
                perPage);
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(operationId = "getHsdsOrganization", summary = "One HSDS organization with its services and locations")
    public Hsds.Organization organization(@PathParam("id") UUID id) {
        access.check();
        return directory.organization(id);
    }

    @GET
    @Path("/taxonomies")
    @Operation(operationId = "listHsdsTaxonomies", summary = "HSDS taxonomies: the service catalogue")
    public Hsds.Page<Hsds.Taxonomy> taxonomies(
            @Parameter(description = "Full text search") @QueryParam("search") String search,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(MAX_PER_PAGE) int perPage,
            @Parameter(description = "Only json", schema = @Schema(enumeration = {"json"})) @QueryParam("format")
                    String format) {
        access.check();
        json(format);
        return directory.taxonomies(blankToNull(search), page, perPage);
    }

    @GET
    @Path("/taxonomies/{id}")
    @Operation(operationId = "getHsdsTaxonomy", summary = "One HSDS taxonomy")
    public Hsds.Taxonomy taxonomy(@PathParam("id") UUID id) {
        access.check();
        return directory.taxonomy(id);
    }

    @GET
    @Path("/taxonomy_terms")
    @Operation(operationId = "listHsdsTaxonomyTerms", summary = "HSDS taxonomy terms: the service type codes")
    public Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(
            @Parameter(description = "Full text search") @QueryParam("search") String search,
            @Parameter(description = "Only terms of this taxonomy") @QueryParam("taxonomy_id") String taxonomyId,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(100_000) int page,
            @QueryParam("per_page") @DefaultValue("50") @Min(1) @Max(MAX_PER_PAGE) int perPage,
            @Parameter(description = "Only json", schema = @Schema(enumeration = {"json"})) @QueryParam("format")
                    String format) {
        access.check();
        json(format);
        return directory.taxonomyTerms(blankToNull(search), Params.uuid("taxonomy_id", taxonomyId), page, perPage);
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    @Operation(operationId = "getHsdsTaxonomyTerm", summary = "One HSDS taxonomy term")
    public Hsds.TaxonomyTerm taxonomyTerm(@PathParam("id") UUID id) {
        access.check();
        return directory.taxonomyTerm(id);
    }

    private static HsdsDirectory.Filter filter(
            String search, String taxonomyTermId, String taxonomyId, String organizationId, String modifiedAfter) {
        return new HsdsDirectory.Filter(
                blankToNull(search),
                Params.uuid("taxonomy_term_id", taxonomyTermId),
                Params.uuid("taxonomy_id", taxonomyId),
                Params.uuid("organization_id", organizationId),
                Params.instant("modified_after", modifiedAfter));
    }

    private static void json(String format) {
        if (format != null && !format.isBlank() && !format.equals("json")) {
            throw ApiException.invalid(FieldError.query("format", "only json is served"));
        }
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
