package org.mrc.casework.servicelog;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.EpisodeFixtures;
import org.mrc.casework.support.ServiceFixtures;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ServiceTimelineTest {

    @Test
    void servicesDeliveredAndSessionsAttendedJoinTheClientsTimelineInDateOrder() {
        ServiceLogFixtures.Office office = ServiceLogFixtures.openOffice();
        String caseworker = Tokens.staff("caseworker", office.code());
        String client =
                ClientFixtures.registerId(office.code(), ClientFixtures.person("Liza", ClientFixtures.uniqueName()));
        String episode = EpisodeFixtures.openId(caseworker, client, EpisodeFixtures.labour("2023-01-10"));
        ServiceFixtures.Service service = ServiceFixtures.service("LANGUAGE_COURSE", LocalDate.parse("2024-05-01"));
        service.note("Arabic for beginners");
        String delivery = Api.as(caseworker)
                .body(service)
                .post("/clients/" + client + "/services")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ServiceFixtures.Session session =
                ServiceFixtures.session("PRE_DEPARTURE_ORIENTATION", LocalDate.parse("2023-06-01"));
        String sessionId = Api.as(caseworker)
                .body(session)
                .post("/group-sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(caseworker)
                .header("If-Match", "\"0\"")
                .body(Map.of("clientId", client))
                .post("/group-sessions/" + sessionId + "/attendees")
                .then()
                .statusCode(200);

        Api.as(caseworker)
                .get("/clients/" + client + "/timeline")
                .then()
                .statusCode(200)
                .body(
                        "items.kind",
                        equalTo(List.of("EPISODE_OPENED", "PHASE_CHANGED", "SESSION_ATTENDED", "SERVICE_DELIVERED")))
                .body("items.date", equalTo(List.of("2023-01-10", "2023-01-10", "2023-06-01", "2024-05-01")))
                .body("items[0].episodeId", equalTo(episode))
                .body("items[2].episodeId", nullValue())
                .body("items[2].details.sessionId", equalTo(sessionId))
                .body("items[2].details.serviceType", equalTo("PRE_DEPARTURE_ORIENTATION"))
                .body("items[3].details.id", equalTo(delivery))
                .body("items[3].details.serviceType", equalTo("LANGUAGE_COURSE"))
                .body("items[3].details.note", equalTo("Arabic for beginners"));
        Api.as(caseworker)
                .queryParam("limit", 3)
                .get("/clients/" + client + "/timeline")
                .then()
                .body("items.kind", equalTo(List.of("EPISODE_OPENED", "PHASE_CHANGED", "SESSION_ATTENDED")));
    }
}
