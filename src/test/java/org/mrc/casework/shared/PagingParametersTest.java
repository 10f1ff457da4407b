package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.security.Roles;
import org.mrc.casework.shared.paging.PageRequest;
import org.mrc.casework.support.LiveContract;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * Every paged collection in the live contract takes the same {@code cursor} and {@code limit} (shared/paging
 * PageParams): declared alike, and a limit out of range is a 400 naming {@code limit} in the query, whichever
 * collection it was sent to.
 */
@QuarkusTest
class PagingParametersTest {

    @Test
    void everyPagedCollectionDeclaresAndBoundsTheSameParameters() {
        String office = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        List<String> tokens = List.of(
                Tokens.admin(),
                Tokens.staff(Roles.COORDINATOR, office),
                Tokens.of(Roles.AUDITOR),
                Tokens.of(Roles.ANALYST),
                Tokens.partner(UUID.randomUUID().toString()));
        List<String> wrong = new ArrayList<>();
        int paged = 0;
        for (LiveContract.Operation operation : LiveContract.operations()) {
            Map<String, Object> limit = query(operation, "limit");
            if (limit == null) {
                continue;
            }
            paged++;
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) limit.get("schema");
            if (query(operation, "cursor") == null
                    || !Integer.valueOf(1).equals(number(schema.get("minimum")))
                    || !Integer.valueOf(PageRequest.MAX_LIMIT).equals(number(schema.get("maximum")))
                    || !Integer.valueOf(PageRequest.DEFAULT_LIMIT).equals(number(schema.get("default")))) {
                wrong.add(operation.operationId() + " declares cursor/limit differently: " + limit);
                continue;
            }
            String path =
                    operation.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (int outOfRange : new int[] {0, PageRequest.MAX_LIMIT + 1}) {
                Response response = null;
                for (String token : tokens) {
                    response = given().auth()
                            .oauth2(token)
                            .queryParam("limit", outOfRange)
                            .request(operation.method(), path);
                    if (response.statusCode() != 401 && response.statusCode() != 403) {
                        break;
                    }
                }
                if (response.statusCode() != 400
                        || !"limit".equals(response.path("errors[0].field"))
                        || !"query".equals(response.path("errors[0].in"))) {
                    wrong.add(operation.operationId() + " limit=" + outOfRange + ": " + response.statusCode() + " "
                            + response.asString());
                }
            }
        }
        assertTrue(paged >= 15, "the contract lists " + paged + " paged collections");
        assertEquals(List.of(), wrong);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> query(LiveContract.Operation operation, String name) {
        if (!(operation.spec().get("parameters") instanceof List<?> parameters)) {
            return null;
        }
        for (Object parameter : parameters) {
            Map<String, Object> p = (Map<String, Object>) parameter;
            if (name.equals(p.get("name")) && "query".equals(p.get("in"))) {
                return p;
            }
        }
        return null;
    }

    private static Integer number(Object value) {
        return value == null ? null : Integer.valueOf(value.toString().replaceAll("\\.0$", ""));
    }
}
