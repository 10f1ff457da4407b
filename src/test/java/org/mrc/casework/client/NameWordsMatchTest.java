package org.mrc.casework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check's word comparison, {@code client_name_words_match(registered, entered)} (V200, rewritten in one
 * pass by V286), rule by rule as V200 states it: every word of the entered name longer than one letter must match a
 * word of the registered name, spelled at most one edit away, or with the same letters two of them swapped, or
 * sounding alike where the sound code has three or more sounds or the spellings are at most two edits apart.
 */
@QuarkusTest
class NameWordsMatchTest {

    @Inject
    AgroalDataSource database;

    private record Case(String registered, String entered, boolean matches, String rule) {}

    private static final List<Case> CASES = List.of(
            new Case("maria lopez", "maria lopez", true, "the same words"),
            new Case("lopez maria", "maria lopez", true, "the words in another order"),
            new Case("maria lopez", "marja lopez", true, "one letter changed"),
            new Case("maria lopez", "maria lopes", true, "one letter changed in the other word"),
            new Case("maria lopez", "maria lpez", true, "one letter dropped"),
            new Case("natalia lopez", "antalia lopez", true, "two letters swapped (two edits, the same letters)"),
            new Case("natalia lopez", "natalai lopez", true, "two letters swapped at the end"),
            new Case("maria lopez", "mirta lopez", false, "two letters changed, sounding otherwise"),
            new Case("mohamed ali", "muhammad ali", true, "sounding alike, a code of four sounds"),
            new Case("catherine ali", "kathryn ali", true, "sounding alike, four edits apart, a long code"),
            new Case("ali hassan", "aloy hassan", true, "a short code, two edits apart"),
            new Case("eli hassan", "ailey hassan", false, "a short code, four edits apart"),
            new Case("maria lopez", "maria gomez", false, "one word unmatched"),
            new Case("maria isabel lopez", "maria lopez", true, "the registered name holds more words"),
            new Case("maria lopez", "maria isabel lopez", false, "the entered name holds a word the record lacks"),
            new Case("maria lopez", "maria j lopez", true, "a one-letter word is not compared"),
            new Case("maria lopez", "j", false, "no word longer than one letter"),
            new Case("maria lopez", "", false, "an empty name"));

    @Test
    void everyRuleOfTheWordComparison() throws SQLException {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement match = connection.prepareStatement("select client_name_words_match(?, ?)")) {
            for (Case c : CASES) {
                match.setString(1, c.registered());
                match.setString(2, c.entered());
                try (ResultSet row = match.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1) != c.matches()) {
                        wrong.add(c.rule() + ": '" + c.registered() + "' / '" + c.entered() + "' gave "
                                + row.getBoolean(1));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
