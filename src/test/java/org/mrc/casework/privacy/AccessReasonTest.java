package org.mrc.casework.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.ApiException;

class AccessReasonTest {

    @Test
    void aPurposeAndAJustificationOfTheMinimumLengthAreAReason() {
        AccessReason reason = AccessReason.parse("SAFEGUARDING;  child at risk, desk call ", 10);
        assertEquals(AccessPurpose.SAFEGUARDING, reason.purpose());
        assertEquals("child at risk, desk call", reason.text());
        assertEquals("0123456789", AccessReason.parse("OTHER;0123456789", 10).text());
    }

    @Test
    void aDashABareCodeAShortTextOrAnUnknownCodeIsRefusedNamingTheHeaderWithoutEchoingIt() {
        List<String> refused = List.of(
                "-",
                "",
                "SAFEGUARDING",
                "SAFEGUARDING;",
                "SAFEGUARDING; too short",
                "safeguarding; lower-case codes are not codes",
                "CURIOSITY; I wanted to see who this person is",
                "Client walked into our desk asking for legal aid",
                "OTHER; " + "x".repeat(AccessReason.MAX_TEXT_LENGTH + 1),
                "OTHER; a line break\nin the middle of it");
        for (String header : refused) {
            ApiException e = assertThrows(ApiException.class, () -> AccessReason.parse(header, 10), header);
            assertEquals(400, e.type().status());
            assertEquals(ClientAccess.REASON_HEADER, e.errors().get(0).field());
            assertEquals("header", e.errors().get(0).in());
            // a one-character value ("-") occurs in any text; longer ones must not come back
            if (header.strip().length() > 1) {
                assertFalse(e.getMessage().contains(header.strip()), header);
                assertFalse(e.errors().get(0).message().contains(header.strip()), header);
            }
        }
    }

    @Test
    void theMinimumLengthIsTheConfiguredOne() {
        assertThrows(ApiException.class, () -> AccessReason.parse("OTHER; twenty characters!", 30));
        assertEquals(AccessPurpose.OTHER, AccessReason.parse("OTHER; ok", 2).purpose());
    }

    @Test
    void theContractDescriptionNamesEveryPurpose() {
        for (AccessPurpose purpose : AccessPurpose.values()) {
            assertTrue(ClientAccess.REASON_DESCRIPTION.contains(purpose.name()), purpose.name());
        }
    }
}
