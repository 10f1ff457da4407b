package org.mrc.casework.client.humancapital;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrc.casework.client.EmploymentStatus;
import org.mrc.casework.shared.problem.FieldError;

/** The rules an employment entry must meet, as a table: status x title/group x dates x current flag. */
class EmploymentRulesTest {

    private static final LocalDate JAN = LocalDate.of(2020, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2020, 12, 31);

    @Test
    void workingStatusesNameTheOccupationAndItsIscoGroup() {
        for (EmploymentStatus working :
                List.of(EmploymentStatus.FORMAL, EmploymentStatus.INFORMAL, EmploymentStatus.SELF_EMPLOYED)) {
            assertEquals(List.of(), fields(entry(working, "Cook", 5, JAN, DEC), false), working.name());
            assertEquals(
                    List.of("$.occupationTitle", "$.iscoMajorGroup"),
                    fields(entry(working, " ", null, null, null), false),
                    working.name());
        }
    }

    @Test
    void spellsWithoutWorkNameNeitherOccupationNorGroup() {
        for (EmploymentStatus idle : List.of(EmploymentStatus.UNEMPLOYED, EmploymentStatus.NOT_IN_LABOUR_FORCE)) {
            assertEquals(List.of(), fields(entry(idle, null, null, JAN, null), true), idle.name());
            assertEquals(
                    List.of("$.occupationTitle", "$.iscoMajorGroup"),
                    fields(entry(idle, "Cook", 5, null, null), false),
                    idle.name());
        }
    }

    @Test
    void datesRunForwardsAndACurrentOccupationHasNoEnd() {
        assertEquals(List.of(), fields(entry(EmploymentStatus.FORMAL, "Cook", 5, JAN, JAN), false));
        assertEquals(List.of("$.to"), fields(entry(EmploymentStatus.FORMAL, "Cook", 5, DEC, JAN), false));
        assertEquals(List.of("$.to"), fields(entry(EmploymentStatus.FORMAL, "Cook", 5, JAN, DEC), true));
        assertEquals(List.of(), fields(entry(EmploymentStatus.FORMAL, "Cook", 5, null, DEC), false));
        assertEquals(List.of(), fields(entry(EmploymentStatus.FORMAL, "Cook", 5, JAN, null), true));
    }

    private static HumanCapitalRequests.AddEmployment entry(
            EmploymentStatus status, String title, Integer isco, LocalDate from, LocalDate to) {
        return new HumanCapitalRequests.AddEmployment(
                EmploymentPeriod.AFTER, title, isco, "FR", status, from, to, null);
    }

    private static List<String> fields(HumanCapitalRequests.AddEmployment request, boolean current) {
        return HumanCapitalService.employmentErrors(request, current).stream()
                .map(FieldError::field)
                .toList();
    }
}
