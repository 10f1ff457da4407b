package org.mrc.casework.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.shared.problem.Problem;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.Json;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.RawHttp;
import org.mrc.casework.support.Tokens;

/**
 * Bad input of every kind the issue lists is a 4xx problem document naming what was wrong: never a 500, never a
 * quiet change of meaning, never an echo of what was sent. The fuzz suite ({@code FuzzTest}) sweeps the same
 * classes over every operation; these pin each class with a readable example.
 */
@QuarkusTest
class InputHardeningTest {

    @Test
    void nulAndLoneSurrogatesInQueryAndPathAreRejectedNamingWhere() {
        Api.asAdmin()
                .urlEncodingEnabled(false)
                .get("/offices?parentId=%00")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].in", equalTo("query"));
        Api.asAdmin()
                .urlEncodingEnabled(false)
                .get("/offices?parentId=%ED%A0%80")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentId"));
        Api.asAdmin()
                .urlEncodingEnabled(false)
                .get("/offices/ab%00cd")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].in", equalTo("path"));
    }

    @Test
    void controlCharactersInHeadersAreRejected() throws Exception {
        // the HTTP decoder (Netty) refuses them with a bare 400 and closes, before any of our code runs; the
        // gate's own header check stays as a second line should a decoder ever let one through
        for (String control : new String[] {"\u0000", "\u0001", "\u007f"}) {
            RawHttp.Reply reply = RawHttp.send(
                    "GET /offices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                            + "\r\nX-Access-Reason: CONTINUITY_OF_CARE; a" + control + "b",
                    null);
            assertEquals(400, reply.status(), reply.toString());
        }
    }

    @Test
    void dotSegmentsAndEmptySegmentsInThePathAreRejectedNotResolved() throws Exception {
        String officeCode = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        String clientId =
                ClientFixtures.registerId(officeCode, ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
        String token = Tokens.staff("caseworker", officeCode);
        // /clients/{id}/referrals/.. would otherwise resolve to /clients/{id} and answer 200 with the client
        for (String path : new String[] {
            "/clients/" + clientId + "/referrals/..",
            "/clients/" + clientId + "/referrals/%2e%2e",
            "/clients/" + clientId + "/referrals/.",
            "/clients//" + clientId
        }) {
            RawHttp.Reply reply = RawHttp.send(
                    "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token, null);
            assertEquals(400, reply.status(), path + " -> " + reply);
            assertTrue(reply.contentType().startsWith(Problem.MEDIA_TYPE), reply.toString());
        }
    }

    @Test
    void jsonStringsWithNulOrAnUnpairedSurrogateEscapeAreRejectedNamingTheMember() {
        for (String bad : new String[] {"\\u0000", "\\uD800", "\\uDC00x", "a\\uD800\\u0041"}) {
            Api.asAdmin()
                    .body("{\"code\":\"" + OfficeFixtures.uniqueCode() + "\",\"name\":\"Office " + bad
                            + "\",\"kind\":\"RESOURCE_CENTRE\",\"country\":\"PH\",\"locality\":\"Batangas\"}")
                    .post("/offices")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("$.name"));
        }
        // a paired surrogate (an emoji) is ordinary text
        Api.asAdmin()
                .body("{\"code\":\"" + OfficeFixtures.uniqueCode() + "\",\"name\":\"Office \\uD83D\\uDE00"
                        + "\",\"kind\":\"RESOURCE_CENTRE\",\"country\":\"PH\",\"locality\":\"Batangas\"}")
                .post("/offices")
                .then()
                .statusCode(201);
    }

    @Test
    void duplicateKeysAndTrailingContentAreRejected() {
        String code = OfficeFixtures.uniqueCode();
        String office = "\"name\":\"Office\",\"kind\":\"RESOURCE_CENTRE\",\"country\":\"PH\",\"locality\":\"B\"";
        Api.asAdmin()
                .body("{\"code\":\"" + code + "\",\"code\":\"" + code + "X\"," + office + "}")
                .post("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
        Api.asAdmin()
                .body("{\"code\":\"" + code + "\"," + office + "} {\"code\":\"OTHER\"}")
                .post("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
        Api.asAdmin()
                .body("{\"code\":\"" + code + "\"," + office + "} trailing")
                .post("/offices")
                .then()
                .statusCode(400);
    }

    @Test
    void scalarsAreNotCoercedAcrossJsonTypes() {
        String officeCode = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        for (Map.Entry<String, Object> wrong : Map.<String, Object>of(
                        "birthDate", 19880402,
                        "sex", 1,
                        "givenName", 42,
                        "nationalities", "UA")
                .entrySet()) {
            Map<String, Object> body = Json.raw(ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
            body.put(wrong.getKey(), wrong.getValue());
            Api.as(Tokens.staff("caseworker", officeCode))
                    .queryParam("confirmNotDuplicate", true)
                    .body(body)
                    .post("/clients")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("$." + wrong.getKey()));
        }
    }

    @Test
    void aBodyWithoutContentTypeIsA415() throws Exception {
        byte[] body = "{\"code\":\"X\"}".getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply reply = RawHttp.send(
                "POST /offices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                        + "\r\nContent-Length: " + body.length,
                body);
        assertEquals(415, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void aBodyIsReadInTheCharsetItDeclares() throws Exception {
        String code = OfficeFixtures.uniqueCode();
        byte[] latin1 = ("{\"code\":\"" + code + "\",\"name\":\"Bureau \u00e9t\u00e9\",\"kind\":\"RESOURCE_CENTRE\","
                        + "\"country\":\"PH\",\"locality\":\"B\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.asAdmin()
                .contentType("application/json; charset=ISO-8859-1")
                .body(latin1)
                .post("/offices")
                .then()
                .statusCode(201)
                .body("name", equalTo("Bureau \u00e9t\u00e9"));
        // the same bytes declared as UTF-8 are not valid UTF-8: refused, not read as something else
        Api.asAdmin()
                .contentType("application/json; charset=UTF-8")
                .body(latin1)
                .post("/offices")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
        RawHttp.Reply unknown = RawHttp.send(
                "POST /offices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                        + "\r\nContent-Type: application/json; charset=x-no-such-charset\r\nContent-Length: 2",
                "{}".getBytes(StandardCharsets.US_ASCII));
        assertEquals(415, unknown.status(), unknown.toString());
        assertTrue(unknown.contentType().startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void anUnknownCodeInAQueryParameterIsA400NamingIt() {
        String officeCode = OfficeFixtures.openCode("RESOURCE_CENTRE", null);
        for (String[] query : new String[][] {{"phase", "NOPE"}, {"nationality", "ZZ"}, {"role", "x"}}) {
            Api.as(Tokens.staff("caseworker", officeCode))
                    .queryParam(query[0], query[1])
                    .get("/clients")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo(query[0]))
                    .body(not(containsString(query[1] + "\"")));
        }
        Api.asAdmin()
                .queryParam("serviceType", "NO_SUCH_TYPE")
                .get("/offerings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("serviceType"));
    }

    @Test
    void wildcardCharactersInSearchParametersAreLiteral() {
        String partner = DirectoryFixtures.registerPartner("NGO");
        String locality = "Town_" + UUID.randomUUID().toString().substring(0, 6);
        String location = DirectoryFixtures.addLocation(partner, locality);
        String offering = DirectoryFixtures.offer("LEGAL_AID", partner, location, "en");
        Api.asAdmin()
                .queryParam("locality", locality)
                .get("/offerings")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(offering));
        for (String pattern :
                new String[] {"%", "Town%", "Town\\_%", locality.replace('_', '?'), "_" + locality.substring(1)}) {
            Api.asAdmin()
                    .queryParam("locality", pattern)
                    .get("/offerings")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(offering)));
        }
    }

    @Test
    void tamperedTruncatedAndForeignCursorsAreA400() {
        OfficeFixtures.open("RESOURCE_CENTRE", null);
        OfficeFixtures.open("RESOURCE_CENTRE", null);
        String cursor = Api.asAdmin()
                .queryParam("limit", 1)
                .get("/offices")
                .then()
                .statusCode(200)
                .extract()
                .path("nextCursor");
        Api.asAdmin().queryParam("cursor", cursor).get("/offices").then().statusCode(200);
        byte[] raw = Base64.getUrlDecoder().decode(cursor);
        raw[raw.length - 1] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String forged =
                Base64.getUrlEncoder().withoutPadding().encodeToString("1\u001fA".getBytes(StandardCharsets.UTF_8));
        for (String bad : new String[] {tampered, cursor.substring(0, cursor.length() - 3), forged, "%%%", "x"}) {
            Api.asAdmin()
                    .queryParam("cursor", bad)
                    .get("/offices")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("cursor"));
        }
        // a cursor of another collection: same shape of key (a code), different collection
        Api.asAdmin()
                .queryParam("cursor", cursor)
                .get("/service-types")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void oversizedUrisAndHeadersAreProblemDocuments() throws Exception {
        RawHttp.Reply uri = RawHttp.send(
                "GET /offices?name=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                        + Tokens.admin(),
                null);
        assertEquals(414, uri.status(), uri.headers());
        assertTrue(uri.contentType().startsWith(Problem.MEDIA_TYPE));
        assertFalse(uri.body().contains("aaaa"));
        RawHttp.Reply headers = RawHttp.send(
                "GET /offices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                        + "\r\nX-Padding: " + "b".repeat(20_000),
                null);
        assertEquals(431, headers.status(), headers.headers());
        assertTrue(headers.contentType().startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void anOversizedChunkedBodyIsA413Problem() throws Exception {
        int size = 1_200_000;
        String chunk = "{\"code\":\"" + "c".repeat(size) + "\"}";
        byte[] body = (Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        RawHttp.Reply reply = RawHttp.send(
                "POST /offices HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.admin()
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                body);
        assertEquals(413, reply.status(), reply.headers());
        assertTrue(reply.contentType().startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void aWeakEtagInIfMatchIsA412() {
        String id = OfficeFixtures.open("RESOURCE_CENTRE", null);
        String etag = Api.asAdmin()
                .get("/offices/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Api.asAdmin()
                .header("If-Match", "W/" + etag)
                .body(Map.of("name", "Renamed"))
                .post("/offices/" + id + "/rename")
                .then()
                .statusCode(412)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void problemDocumentsDoNotEchoThePath() {
        Api.asAdmin()
                .get("/offices/Jose-Garcia-Lopez")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body(not(containsString("Jose")));
        Api.asAdmin()
                .get("/no-such-thing/Jose-Garcia-Lopez")
                .then()
                .statusCode(404)
                .body(not(containsString("Jose")));
    }
}
