package org.mrc.casework.hsds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The HSDS 3.0 objects this API returns, in HSDS's own snake_case names. Absent values are left out rather than sent
 * as null, as the HSDS schemas expect.
 */
public final class Hsds {

    public static final String VERSION = "3.0";

    private Hsds() {}

    @Schema(name = "HsdsApiInfo")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Info(String version, String profile, String openapiUrl) {}

    @Schema(name = "HsdsPage", description = "A page of HSDS objects (page numbers start at 1)")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Page<T>(
            int totalItems,
            int totalPages,
            int pageNumber,
            int size,
            boolean firstPage,
            boolean lastPage,
            boolean empty,
            List<T> contents) {

        static <T> Page<T> of(List<T> contents, long total, int page, int perPage) {
            int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
            return new Page<>(
                    (int) total, pages, page, contents.size(), page == 1, page >= pages, total == 0, contents);
        }
    }

    @Schema(name = "HsdsOrganization")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organization(
            UUID id,
            String name,
            String description,
            String website,
            List<Service> services,
            List<Location> locations) {}

    @Schema(name = "HsdsOrganizationSummary")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrganizationSummary(UUID id, String name, String description) {}

    @Schema(name = "HsdsService")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Service(
            UUID id,
            UUID organizationId,
            String name,
            String description,

            @Schema(enumeration = {"active", "inactive", "temporarily closed"})
            String status,

            String eligibilityDescription,
            Integer minimumAge,
            Integer maximumAge,
            String feesDescription,
            Instant lastModified,
            OrganizationSummary organization,
            List<Language> languages,
            List<Attribute> attributes,
            List<ServiceAtLocation> serviceAtLocations) {}

    @Schema(name = "HsdsLanguage")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Language(UUID id, UUID serviceId, String code) {}

    @Schema(name = "HsdsAttribute", description = "Links a service to its service-catalogue taxonomy term")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attribute(
            UUID id, UUID linkId, String linkType, String linkEntity, UUID taxonomyTermId, TaxonomyTerm taxonomyTerm) {}

    @Schema(name = "HsdsLocation")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(
            UUID id,

            @Schema(enumeration = {"physical", "postal", "virtual"})
            String locationType,

            UUID organizationId,
            String name,
            String description,
            Double latitude,
            Double longitude) {}

    @Schema(name = "HsdsServiceAtLocation")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceAtLocation(
            UUID id, UUID serviceId, UUID locationId, String description, Location location, Service service) {}

    @Schema(name = "HsdsTaxonomy")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Taxonomy(UUID id, String name, String description, String version) {}

    @Schema(name = "HsdsTaxonomyTerm")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaxonomyTerm(
            UUID id, String code, String name, String description, String taxonomy, UUID taxonomyId) {}
}
