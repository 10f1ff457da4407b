package org.mrc.casework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mrc.casework.privacy.DataCategory;
import org.mrc.casework.privacy.Projection;
import org.mrc.casework.privacy.Sensitive;
import org.mrc.casework.privacy.Tier;

/** The firewall as a rule: for each ceiling, exactly the fields declared at or below it survive. */
class ClientProjectionTest {

    private static ClientView everythingFilledIn() {
        return new ClientView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "BTG-2026-000001",
                "Idriss",
                "Okafor",
                "I.O.",
                List.of("Idi"),
                Sex.MALE,
                "man",
                LocalDate.of(1990, 1, 1),
                1990,
                false,
                "35-49",
                List.of("NG"),
                "NG",
                List.of("en"),
                "+33 6 12 34 56 78",
                "idriss@example.org",
                "12 rue X",
                "NG",
                "Maiduguri",
                "FR",
                "Paris",
                EducationLevel.UPPER_SECONDARY,
                EmploymentStatus.INFORMAL,
                SocialProtection.NOT_COVERED,
                RemittanceBand.FROM_100_TO_299,
                RemittanceBand.NONE,
                true,
                AdministrativeStatus.IRREGULAR,
                Set.of(Vulnerability.EXPLOITATION_SURVIVOR),
                Set.of(ClientRole.IMMIGRANT),
                MigrationPhase.MIGRATION,
                null,
                Tier.S2,
                3L);
    }

    @ParameterizedTest
    @EnumSource(Tier.class)
    void aCutKeepsExactlyTheFieldsDeclaredAtOrBelowTheCeiling(Tier ceiling) throws Exception {
        ClientView full = everythingFilledIn();
        ClientView cut = Projection.upTo(full, ceiling);
        for (RecordComponent component : ClientView.class.getRecordComponents()) {
            Sensitive declared = component.getAnnotation(Sensitive.class);
            Object value = component.getAccessor().invoke(cut);
            if (component.getName().equals("mergedInto")) {
                continue; // empty in the sample
            }
            if (declared.tier().within(ceiling)) {
                assertNotNull(value, component.getName() + " must survive a cut at " + ceiling);
            } else {
                assertNull(value, component.getName() + " (" + declared.tier() + ") leaked at " + ceiling);
            }
        }
    }

    @Test
    void theHighlySensitiveFieldsAreTheOnesTheDomainNames() {
        Set<String> s2 = Stream.of(ClientView.class.getRecordComponents())
                .filter(c -> c.getAnnotation(Sensitive.class).tier() == Tier.S2)
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("genderIdentity", "administrativeStatus", "vulnerabilities"), s2);
        Map<String, DataCategory> contact = Stream.of(ClientView.class.getRecordComponents())
                .filter(c -> c.getAnnotation(Sensitive.class).tier() == Tier.S1)
                .collect(Collectors.toMap(
                        RecordComponent::getName,
                        c -> c.getAnnotation(Sensitive.class).category()));
        assertEquals(DataCategory.CONTACT, contact.get("phone"));
        assertEquals(DataCategory.SITUATION, contact.get("remittancesSent"));
    }

    record Undeclared(
            @Sensitive(tier = Tier.S0, category = DataCategory.IDENTITY)
            String name,

            String secret) {}

    @Test
    void aFieldWithoutATierCannotLeaveTheService() {
        assertThrows(IllegalStateException.class, () -> Projection.upTo(new Undeclared("a", "b"), Tier.S2));
    }
}
