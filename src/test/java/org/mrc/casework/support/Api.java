package org.mrc.casework.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request specifications for the callers tests impersonate. */
public final class Api {

    private Api() {}

    public static RequestSpecification as(String token) {
        return given().config(Json.config())
                .auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(Tokens.admin());
    }
}
