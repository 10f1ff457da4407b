package org.mrc.casework.bootstrap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mrc.casework.catalogue.CatalogueRequests;
import org.mrc.casework.office.OfficeKind;
import org.mrc.casework.office.OfficeRequests;
import org.mrc.casework.partner.DirectoryRequests;
import org.mrc.casework.partner.PartnerType;
import org.mrc.casework.shared.TerritorySide;
import org.mrc.casework.shared.validation.CountryCode;

/**
 * What an operator's bootstrap file declares (see {@code deploy/bootstrap.example.yaml}). Entries are created when
 * absent and left alone when present, so the same file can be given at every start.
 */
public record BootstrapPlan(
        @Size(max = 10_000) List<@NotNull @Valid Office> offices,
        @Size(max = 10_000) List<@NotNull @Valid Partner> partners,
        @Size(max = 1_000) List<CatalogueRequests.@NotNull @Valid AddServiceType> serviceTypes) {

    public BootstrapPlan {
        offices = offices == null ? List.of() : List.copyOf(offices);
        partners = partners == null ? List.of() : List.copyOf(partners);
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
    }

    /** An office; its parent is named by code and must come earlier in the file (or exist already). */
    public record Office(
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,15}")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotNull OfficeKind kind,
            @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,15}") String parentCode,
            @NotNull @CountryCode String country,
            @Size(max = 200) String locality,
            TerritorySide territorySide) {

        OfficeRequests.OpenOffice request() {
            return new OfficeRequests.OpenOffice(code, name, kind, null, country, locality, territorySide);
        }
    }

    /** A partner organisation under a fixed id: the value of the {@code partner_id} claim of its tokens. */
    public record Partner(
            @NotNull UUID id,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty Set<@NotNull PartnerType> types,
            @NotNull @CountryCode String country,
            @Size(max = 200) String locality,
            @Size(max = 500) String website) {

        DirectoryRequests.RegisterPartner request() {
            return new DirectoryRequests.RegisterPartner(name, types, country, locality, website, List.of());
        }
    }
}
