package org.mrc.casework.support;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.catalogue.CatalogueRequests;
import org.mrc.casework.catalogue.ServiceCategory;
import org.mrc.casework.catalogue.ServicePhase;
import org.mrc.casework.privacy.Tier;
import org.mrc.casework.shared.TerritorySide;

/** Service types of the tests' own, with unique codes, added through the catalogue API as an admin would. */
public final class ServiceTypeFixtures {

    private ServiceTypeFixtures() {}

    public static String uniqueCode(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** An add-service-type body in {@code category} (a {@link ServiceCategory} name), without a tier (the category's default applies). */
    public static NewServiceType type(String code, String category) {
        return new NewServiceType()
                .code(code)
                .name("Service " + code)
                .category(ServiceCategory.valueOf(category))
                .phases(new LinkedHashSet<>(List.of(ServicePhase.MIGRATION, ServicePhase.RETURN)))
                .side(TerritorySide.BOTH);
    }

    /** Adds a PROTECTION service type (S2 by default) with a unique code and returns the code. */
    public static String sensitive() {
        String code = uniqueCode("PROTECT");
        Api.asAdmin()
                .body(type(code, "PROTECTION"))
                .post("/service-types")
                .then()
                .statusCode(201);
        return code;
    }

    /** A {@link CatalogueRequests.AddServiceType} body built field by field: a misspelt field does not compile. */
    public static final class NewServiceType {

        private String code;
        private String name;
        private String description;
        private ServiceCategory category;
        private Set<ServicePhase> phases;
        private TerritorySide side;
        private Tier tier;

        public NewServiceType code(String code) {
            this.code = code;
            return this;
        }

        public NewServiceType name(String name) {
            this.name = name;
            return this;
        }

        public NewServiceType description(String description) {
            this.description = description;
            return this;
        }

        public NewServiceType category(ServiceCategory category) {
            this.category = category;
            return this;
        }

        public NewServiceType phases(Set<ServicePhase> phases) {
            this.phases = phases;
            return this;
        }

        public NewServiceType side(TerritorySide side) {
            this.side = side;
            return this;
        }

        public NewServiceType tier(Tier tier) {
            this.tier = tier;
            return this;
        }

        @JsonValue
        public CatalogueRequests.AddServiceType build() {
            return new CatalogueRequests.AddServiceType(code, name, description, category, phases, side, tier);
        }
    }
}
