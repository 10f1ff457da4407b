package org.mrc.casework.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.RawHttp;
import org.mrc.casework.support.Tokens;

/** Every error is an RFC 9457 problem document from our mapper, naming the field, never leaking input. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void beanValidationFailuresUseOurFormatNotQuarkusDefault() {
        OfficeFixtures.Opening body = OfficeFixtures.body("lower-case", "RESOURCE_CENTRE", null);
        body.name(null);
        body.country("XX");
        Api.asAdmin()
                .body(body)
                .post("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:validation-failed"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("instance", startsWith("urn:uuid:"))
                .body("requestId", notNullValue())
                .body("errors.field", equalTo(java.util.List.of("$.code", "$.country", "$.name")))
                .body("errors.in", equalTo(java.util.List.of("body", "body", "body")))
                // Quarkus' built-in violation report has these members; ours must not
                .body("violations", equalTo(null))
                .body("parameterViolations", equalTo(null));
    }

    @Test
    void malformedJsonIsA400WithoutEchoingTheBody() {
        Api.asAdmin()
                .body("{\"code\": \"Jose Garcia\", ")
                .post("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:malformed-body"))
                .body(not(containsString("Jose")));
    }

    @Test
    void unknownPropertiesAreRejectedByName() {
        // a member no request record has: only a raw body can carry it
        Map<String, Object> body = Json.raw(OfficeFixtures.body(OfficeFixtures.uniqueCode(), "RESOURCE_CENTRE", null));
        body.put("nickname", "Jose");
        Api.asAdmin()
                .body(body)
                .post("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("$.nickname"))
                .body("errors[0].message", equalTo("unknown property"));
    }

    @Test
    void anInvalidEnumValueNamesTheFieldAndTheAllowedValues() {
        Api.asAdmin()
                .body(Json.with(
                        OfficeFixtures.body(OfficeFixtures.uniqueCode(), "RESOURCE_CENTRE", null), "kind", "EMBASSY"))
                .post("/offices")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.kind"))
                .body("errors[0].message", containsString("MIGRATION_DESK"))
                .body(not(containsString("EMBASSY")));
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        Api.asAdmin().post("/offices").then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aWrongContentTypeIs415() {
        given().auth()
                .oauth2(Tokens.admin())
                .contentType(ContentType.XML)
                .body("<office/>")
                .post("/offices")
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:unsupported-media-type"));
    }

    @Test
    void anUnacceptableRepresentationIs406() {
        given().auth()
                .oauth2(Tokens.admin())
                .accept("application/xml")
                .get("/offices/tree")
                .then()
                .statusCode(406)
                .body("type", equalTo("urn:problem-type:mrc:not-acceptable"));
    }

    @Test
    void aBodyAboveTheLimitIs413() {
        String huge = "{\"name\":\"" + "a".repeat(1024 * 1024 + 10) + "\"}";
        Api.asAdmin()
                .body(huge)
                .post("/offices")
                .then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:body-too-large"));
    }

    @Test
    void aStreamedBodyAboveTheLimitIsRefusedToo() throws java.io.IOException {
        // chunked, so no length is declared up front: the limit is enforced while the body is read
        byte[] huge = ("{\"name\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream chunked = new java.io.ByteArrayOutputStream();
        chunked.write((Integer.toHexString(huge.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        chunked.write(huge);
        chunked.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Reply reply = RawHttp.send(
                "POST /offices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                chunked.toByteArray());
        assertEquals(413, reply.status());
        assertEquals(Problem.MEDIA_TYPE, reply.contentType());
    }

    @Test
    void anUnknownPathIsA404Problem() {
        Api.asAdmin()
                .get("/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:problem-type:mrc:not-found"));
    }

    @Test
    void aMalformedQueryParameterIsA400NamingIt() {
        Api.asAdmin()
                .queryParam("parentId", "not-a-uuid")
                .get("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].in", equalTo("query"));
    }

    @Test
    void unexpectedFailuresAreAGeneric500WithTheRequestIdAndNothingElse() {
        Api.asAdmin()
                .header("X-Request-Id", "probe-500")
                .get("/test-support/failure")
                .then()
                .statusCode(500)
                .contentType(Problem.MEDIA_TYPE)
                .header("X-Request-Id", "probe-500")
                .body("type", equalTo("urn:problem-type:mrc:internal-error"))
                .body("requestId", equalTo("probe-500"))
                .body(not(containsString(FailureProbeResource.SECRET)))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.")));
    }

    @Test
    void aHarmlessRequestIdIsEchoedAndAnUnsafeOneReplaced() {
        Api.asAdmin()
                .header("X-Request-Id", "abc-123")
                .get("/offices/tree")
                .then()
                .header("X-Request-Id", "abc-123");
        Api.asAdmin()
                .header("X-Request-Id", "bad id\nwith newline")
                .get("/offices/tree")
                .then()
                .header("X-Request-Id", not(containsString("bad")));
        Api.asAdmin().get("/offices/tree").then().header("X-Request-Id", notNullValue());
    }
}
