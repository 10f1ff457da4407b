package org.mrc.casework.privacy;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.AccessReasons;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.LiveContract;
import org.mrc.casework.support.LiveContract.Operation;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Every operation that takes {@code X-Access-Reason} (read from the live contract, so a new one cannot escape)
 * refuses a header that is not a coded purpose with a justification, names the header, and never repeats it.
 */
@QuarkusTest
class AccessReasonHeaderTest {

    private static final List<String> NOT_REASONS =
            List.of("-", "SAFEGUARDING", "SAFEGUARDING; short", "Client walked in asking for legal aid at our desk");

    @Test
    void everyOperationTakingAReasonRefusesOneThatIsNotAJustification() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Samir", ClientFixtures.uniqueName()));
        List<Operation> operations = operationsTakingAReason();
        assertTrue(operations.size() >= 10, "the contract declares the header: " + operations);
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations) {
            String path = operation
                    .path()
                    .replaceFirst("\\{(id|clientId)}", client)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String token : List.of(Tokens.staff("caseworker", elsewhere), Tokens.staff("caseworker", office))) {
                for (String notAReason : NOT_REASONS) {
                    Response response = Api.as(token)
                            .header(AccessReasons.HEADER, notAReason)
                            .request(operation.method(), path);
                    String body = response.asString();
                    if (response.statusCode() != 400
                            || !AccessReasons.HEADER.equals(response.path("errors[0].field"))
                            // "-" occurs in any problem document ("validation-failed"): longer values must not
                            || (notAReason.length() > 1 && body.contains(notAReason))) {
                        wrong.add(operation.operationId() + " with '" + notAReason + "' -> " + response.statusCode());
                    }
                }
            }
            int valid = Api.as(Tokens.staff("caseworker", elsewhere))
                    .header(AccessReasons.HEADER, AccessReasons.VALID)
                    .request(operation.method(), path)
                    .statusCode();
            if (valid == 400) {
                wrong.add(operation.operationId() + " refused a valid reason");
            }
        }
        if (!wrong.isEmpty()) {
            fail("Reasons not refused as they should be:\n" + String.join("\n", wrong));
        }
    }

    @Test
    void thePurposeAndTheJustificationGoToTheAuditEntrySeparately() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Lina", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("caseworker", elsewhere))
                .header(AccessReasons.HEADER, "SAFEGUARDING;   Police asked us to check on her wellbeing today ")
                .get("/clients/" + client)
                .then()
                .statusCode(200)
                .body("visibility", equalTo("S1"));
        Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .queryParam("action", "client.read")
                .get("/audit")
                .then()
                .statusCode(200)
                .body("items[0].reasonCode", equalTo("SAFEGUARDING"))
                .body("items[0].reason", equalTo("Police asked us to check on her wellbeing today"));
    }

    @Test
    void aRefusedReasonLeavesNoTraceOfItsText() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String elsewhere = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Omar", ClientFixtures.uniqueName()));
        String secret = "SAFEGUARDING; x" + UUID.randomUUID().toString().substring(0, 4);
        Response refused = Api.as(Tokens.staff("caseworker", elsewhere))
                .header(AccessReasons.HEADER, secret)
                .get("/clients/" + client);
        refused.then().statusCode(400).contentType(Problem.MEDIA_TYPE);
        assertFalse(refused.asString().contains(secret.substring(14)));
        String trail = Api.as(Tokens.of("auditor"))
                .queryParam("resourceId", client)
                .get("/audit")
                .asString();
        assertFalse(trail.contains(secret.substring(14)));
    }

    private static List<Operation> operationsTakingAReason() {
        return LiveContract.operations().stream()
                .filter(operation -> operation.takesHeader(AccessReasons.HEADER))
                .toList();
    }
}
