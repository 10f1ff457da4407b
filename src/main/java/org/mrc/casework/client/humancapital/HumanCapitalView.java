package org.mrc.casework.client.humancapital;

import static org.mrc.casework.privacy.DataCategory.IDENTITY;
import static org.mrc.casework.privacy.DataCategory.SITUATION;
import static org.mrc.casework.privacy.DataCategory.SKILLS;
import static org.mrc.casework.privacy.Tier.S0;
import static org.mrc.casework.privacy.Tier.S1;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;

/**
 * A client's human capital as one caller may see it: diplomas (with recognition), skills and languages are S0;
 * the employment history is S1. A part the caller may not see is absent; a visible part with nothing recorded is an
 * empty list. {@code visibility} says up to which tier this copy was cut.
 */
@Schema(name = "HumanCapital")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HumanCapitalView(
        @Sensitive(tier = S0, category = IDENTITY) UUID clientId,
        @Sensitive(tier = S0, category = SKILLS) List<DiplomaView> diplomas,
        @Sensitive(tier = S0, category = SKILLS) List<SkillView> skills,
        @Sensitive(tier = S0, category = SKILLS) List<LanguageView> languages,
        @Sensitive(tier = S1, category = SITUATION) List<EmploymentView> employment,
        @Sensitive(tier = S0, category = IDENTITY) Tier visibility) {

    /**
     * Cuts every level of the document (the items too, so that a field added to an item later is cut by its own
     * declaration) down to {@code ceiling}.
     */
    static HumanCapitalView upTo(
            UUID clientId,
            List<DiplomaView> diplomas,
            List<SkillView> skills,
            List<LanguageView> languages,
            List<EmploymentView> employment,
            Tier ceiling) {
        return upTo(clientId, diplomas, skills, languages, employment, ceiling, false);
    }

    /** As above, about a minor: what is S1 needs S2 at every level. */
    static HumanCapitalView upTo(
            UUID clientId,
            List<DiplomaView> diplomas,
            List<SkillView> skills,
            List<LanguageView> languages,
            List<EmploymentView> employment,
            Tier ceiling,
            boolean minor) {
        return Projection.upTo(
                new HumanCapitalView(
                        clientId,
                        diplomas.stream().map(d -> cut(d, ceiling, minor)).toList(),
                        cutAll(skills, ceiling, minor),
                        cutAll(languages, ceiling, minor),
                        cutAll(employment, ceiling, minor),
                        ceiling),
                ceiling,
                minor);
    }

    private static DiplomaView cut(DiplomaView diploma, Tier ceiling, boolean minor) {
        DiplomaView nested = new DiplomaView(
                diploma.id(),
                diploma.title(),
                diploma.level(),
                diploma.field(),
                diploma.issuingCountry(),
                diploma.year(),
                cutAll(diploma.recognition(), ceiling, minor),
                cutAll(diploma.history(), ceiling, minor),
                diploma.version());
        return Projection.upTo(nested, ceiling, minor);
    }

    private static <T extends Record> List<T> cutAll(List<T> items, Tier ceiling, boolean minor) {
        return items == null
                ? null
                : items.stream()
                        .map(item -> Projection.upTo(item, ceiling, minor))
                        .toList();
    }
}
