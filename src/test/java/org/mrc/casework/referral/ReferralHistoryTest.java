package org.mrc.casework.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.DirectoryFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.ReferralFixtures;
import org.mrc.casework.support.ReferralFixtures.Setup;
import org.mrc.casework.support.Tokens;

@QuarkusTest
class ReferralHistoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theHistoryOfAReferralCannotBeRewritten() throws SQLException {
        Setup s = ReferralFixtures.setup("NGO");
        String referral = ReferralFixtures.sent(s, "IDENTITY");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery(
                    "select count(*) from referral_event where referral_id = '" + referral + "'");
            rows.next();
            assertEquals(2, rows.getInt(1));
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("update referral_event set to_status = 'COMPLETED' where"
                            + " referral_id = '" + referral + "'"));
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("delete from referral_event where referral_id = '" + referral + "'"));
        }
    }

    @Test
    void anInHouseOfferingIsNotReferredThroughThePartnerApi() {
        String officeCode = OfficeFixtures.uniqueCode();
        String officeId = OfficeFixtures.openWithCode(officeCode, "RESOURCE_CENTRE", null)
                .extract()
                .path("id");
        DirectoryFixtures.Offering body =
                DirectoryFixtures.officeOffering("LANGUAGE_COURSE", officeId, DirectoryFixtures.terms("tl"));
        String offering = Api.asAdmin()
                .body(body)
                .post("/offerings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String client =
                ClientFixtures.registerId(officeCode, ClientFixtures.person("Ana", ClientFixtures.uniqueName()));
        Api.as(Tokens.staff("caseworker", officeCode))
                .body(ReferralFixtures.referral(offering, LocalDate.now().plusDays(7), "IDENTITY"))
                .post("/clients/" + client + "/referrals")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("$.offeringId"));
    }
}
