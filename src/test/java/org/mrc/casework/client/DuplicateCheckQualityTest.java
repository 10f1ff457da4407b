package org.mrc.casework.client;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mrc.casework.support.Api;
import org.mrc.casework.support.ClientFixtures;
import org.mrc.casework.support.OfficeFixtures;
import org.mrc.casework.support.Tokens;

/**
 * The duplicate check at registration as a classifier, over a generated office of 5,000 people, two names in five
 * from a small vocabulary of common names (so that strangers share given and family names with many registered
 * people), the rest made of syllables, with a crowded birth year and some people known only by an estimated year:
 *
 * <ul>
 *   <li><b>precision</b>: of people who are not in the registry (vocabulary names, other birth dates), under 1 % are
 *       answered possible-duplicate;
 *   <li><b>recall</b>: of registered people entered again with a typo (two letters swapped), given and family name
 *       swapped, accents dropped, or the birth year off by one, at least 95 % are answered possible-duplicate naming
 *       the registered record.
 * </ul>
 */
@QuarkusTest
class DuplicateCheckQualityTest {

    private static final List<String> GIVEN = List.of(
            "José",
            "María",
            "Irina",
            "Olena",
            "Pedro",
            "Idriss",
            "Ana",
            "Juan",
            "Fatima",
            "Amina",
            "Mohamed",
            "Oksana",
            "Natalia",
            "Carmen",
            "Luis",
            "Rosa",
            "Grace",
            "Joseph",
            "Chinedu",
            "Ngozi",
            "Aisha",
            "Ibrahim",
            "Ravi",
            "Priya",
            "Maricel",
            "Rowena",
            "Ramón",
            "Inés",
            "François",
            "Björn",
            "Łukasz",
            "Dmytro",
            "Hùng",
            "Thảo",
            "Svitlana",
            "Agnieszka");
    private static final List<String> FAMILY = List.of(
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Kovalenko",
            "Shevchenko",
            "Bondarenko",
            "Okafor",
            "Adeyemi",
            "Mensah",
            "Diallo",
            "Traoré",
            "Kumar",
            "Sharma",
            "Reyes",
            "Santos",
            "Bautista",
            "Mendoza",
            "Villanueva",
            "Müller",
            "Nowak",
            "Wiśniewski",
            "Nguyễn",
            "Haddad",
            "Khalil",
            "Benali",
            "Ouedraogo",
            "Silva",
            "Oliveira");
    private static final int REGISTERED = 5000;
    private static final int PROBES = 300;

    @Inject
    AgroalDataSource database;

    record Person(String id, String given, String family, LocalDate born, Integer year) {}

    @Test
    void findsNearDuplicatesAndLeavesStrangersAlone() throws SQLException {
        Random random = new Random(1515);
        String code = OfficeFixtures.uniqueCode();
        String officeId = OfficeFixtures.openWithCode(code, "MIGRATION_DESK", null)
                .extract()
                .path("id");
        List<Person> registered = generate(random, UUID.fromString(officeId), code);
        String caseworker = Tokens.staff("caseworker", code);

        Set<String> namesAndDates = new HashSet<>();
        for (Person person : registered) {
            namesAndDates.add(fold(person.given() + " " + person.family()) + "|" + person.born());
        }
        int strangers = 0;
        List<String> flagged = new ArrayList<>();
        while (strangers < PROBES) {
            String given = given(random);
            String family = family(random);
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000));
            if (namesAndDates.contains(fold(given + " " + family) + "|" + born)) {
                continue; // the same name and birth date as a registered person: not a stranger
            }
            ClientFixtures.Person body = body(given, family, born, null).phone("+44 7700 " + (100000 + strangers));
            Response answer = register(caseworker, body);
            if (answer.statusCode() == 409) {
                flagged.add(given + " " + family + " " + born + " -> " + answer.path("candidates.id"));
            }
            strangers++;
        }

        int found = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < PROBES; i++) {
            Person original = registered.get(random.nextInt(registered.size()));
            int kind = i % 4;
            String given = switch (kind) {
                case 0 -> typo(original.given(), random);
                case 1 -> original.family();
                default -> original.given();
            };
            String family = switch (kind) {
                case 1 -> original.given();
                case 2 -> strip(original.family());
                default -> original.family();
            };
            LocalDate born = original.born();
            Integer year = original.year();
            if (kind == 3) {
                int shift = random.nextBoolean() ? 1 : -1;
                born = born == null ? null : born.plusYears(shift);
                year = year == null ? null : year + shift;
            }
            Response answer = register(caseworker, body(given, family, born, born == null ? year : null));
            if (answer.statusCode() == 409 && answer.asString().contains(original.id())) {
                found++;
            } else {
                missed.add("kind " + kind + ": " + given + " " + family + " " + (born == null ? year : born));
            }
        }

        double falsePositives = 100.0 * flagged.size() / strangers;
        double recall = 100.0 * found / PROBES;
        String figures = "strangers answered possible-duplicate: " + falsePositives + " % " + flagged
                + "; near-duplicates found: " + recall + " %; missed " + missed;
        assertTrue(falsePositives < 1.0 && recall >= 95.0, figures);
    }

    private static Response register(String token, ClientFixtures.Person body) {
        return Api.as(token).body(body).post("/clients");
    }

    private static ClientFixtures.Person body(String given, String family, LocalDate born, Integer year) {
        return new ClientFixtures.Person()
                .givenName(given)
                .familyName(family)
                .sex(Sex.FEMALE)
                .birthDate(born)
                .birthYear(born == null ? year : null)
                .nationalities(List.of("UA"))
                .roles(Set.of(ClientRole.RETURNEE));
    }

    /** Registered people: a fifth born in one crowded year, one in twenty known only by a year. */
    private List<Person> generate(Random random, UUID office, String code) throws SQLException {
        List<Person> people = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into client (id, office_id,"
                        + " reference, given_name, family_name, sex, birth_date, birth_year, phone, created_at,"
                        + " updated_at) values (?, ?, ?, ?, ?, 'FEMALE', ?, ?, ?, now(), now())")) {
            for (int n = 0; n < REGISTERED; n++) {
                UUID id = UUID.randomUUID();
                String given = given(random);
                String family = family(random);
                LocalDate born = n % 5 == 0
                        ? LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365))
                        : LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20000));
                Integer year = born.getYear();
                if (n % 20 == 1) {
                    born = null;
                    year = 1990;
                }
                insert.setObject(1, id);
                insert.setObject(2, office);
                insert.setString(3, code + "-Q-" + n);
                insert.setString(4, given);
                insert.setString(5, family);
                insert.setDate(6, born == null ? null : Date.valueOf(born));
                insert.setInt(7, year);
                insert.setString(8, "+63 917 " + (1000000 + n));
                insert.addBatch();
                people.add(new Person(id.toString(), given, family, born, year));
            }
            insert.executeBatch();
        }
        return people;
    }

    /** Two in five from the common names, the rest made of syllables (as the benchmark's province). */
    private static String given(Random random) {
        return random.nextInt(5) < 2 ? GIVEN.get(random.nextInt(GIVEN.size())) : syllables(random);
    }

    private static String family(Random random) {
        return random.nextInt(5) < 2 ? FAMILY.get(random.nextInt(FAMILY.size())) : syllables(random);
    }

    private static String syllables(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            word.append("bdgklmnprstvyz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)));
        }
        word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
        return word.toString();
    }

    private static String typo(String word, Random random) {
        int i = random.nextInt(word.length() - 1);
        char[] chars = word.toCharArray();
        char swap = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = swap;
        return new String(chars);
    }

    private static String strip(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String fold(String name) {
        return strip(name).toLowerCase();
    }
}
