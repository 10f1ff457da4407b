package org.mrc.casework.generator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The words synthetic records are made of: municipalities of the province (real ones first, then a made-up long
 * tail), personal names, and syllables for names nobody has. Fixed and deterministic, so two loads of the same
 * scale hold the same data.
 */
final class Vocabulary {

    static final int MUNICIPALITIES = 400;

    private static final List<String> REAL_MUNICIPALITIES = List.of(
            "Batangas City",
            "Lipa City",
            "Tanauan",
            "Santo Tomas",
            "Nasugbu",
            "Rosario",
            "Bauan",
            "Calaca",
            "Lemery",
            "Taal",
            "San Juan",
            "Balayan",
            "Malvar",
            "Ibaan",
            "San Jose",
            "Cuenca",
            "Mabini",
            "Padre Garcia",
            "Taysan",
            "Lobo",
            "Tuy",
            "Calatagan",
            "Lian",
            "Alitagtag",
            "Agoncillo",
            "San Pascual",
            "Laurel",
            "Talisay",
            "Balete",
            "Mataasnakahoy",
            "Tingloy",
            "San Nicolas",
            "San Luis",
            "Santa Teresita");

    private static final List<String> SAINTS = List.of(
            "Isidro",
            "Miguel",
            "Rafael",
            "Antonio",
            "Vicente",
            "Fernando",
            "Mateo",
            "Andres",
            "Pablo",
            "Roque",
            "Agustin",
            "Gabriel",
            "Lorenzo",
            "Marcelino",
            "Teodoro",
            "Felipe",
            "Narciso",
            "Pedro");

    private static final List<String> SANTAS =
            List.of("Cruz", "Maria", "Rosa", "Lucia", "Monica", "Barbara", "Catalina", "Ana", "Clara", "Elena");

    private static final List<String> PREFIXES = List.of("Bagong", "Nueva", "Villa", "Puerto", "Alto", "Bayan ng");

    static final List<String> SYLLABLES = List.of(
            "ba", "ka", "la", "ma", "na", "ra", "sa", "ta", "wa", "ya", "be", "de", "ge", "le", "me", "ne", "re", "se",
            "te", "bi", "di", "gi", "li", "mi", "ni", "ri", "si", "ti", "bo", "do", "go", "lo", "mo", "no", "ro", "so",
            "to", "bu", "du", "gu", "lu", "mu", "nu", "ru", "su", "tu", "pa", "pi", "po", "ha", "hi", "ho");

    static final List<String> FEMALE_NAMES = List.of(
            "Maria",
            "Ana",
            "Rosa",
            "Maricel",
            "Rowena",
            "Liza",
            "Grace",
            "Mary",
            "Jocelyn",
            "Marites",
            "Cristina",
            "Jennifer",
            "Lourdes",
            "Teresita",
            "Imelda",
            "Analyn",
            "Rosario",
            "Carmen",
            "Inés",
            "Zoë",
            "Irina",
            "Olena",
            "Fatima",
            "Amina",
            "Ngozi",
            "Priya",
            "Thảo",
            "Chloé",
            "Agnieszka",
            "Svitlana");

    static final List<String> MALE_NAMES = List.of(
            "José",
            "Juan",
            "Pedro",
            "Jonel",
            "Arnel",
            "Ramón",
            "Rodel",
            "Roberto",
            "Eduardo",
            "Ricardo",
            "Danilo",
            "Ernesto",
            "Romeo",
            "Mark",
            "John",
            "Joseph",
            "Luis",
            "Idriss",
            "Azfar",
            "Mohamed",
            "Ibrahim",
            "Ravi",
            "Anil",
            "Chinedu",
            "Dmytro",
            "Andriy",
            "Hùng",
            "François",
            "Björn",
            "Łukasz");

    static final List<String> FAMILY_NAMES = List.of(
            "Reyes",
            "Santos",
            "Cruz",
            "Bautista",
            "Dela Cruz",
            "Mendoza",
            "Villanueva",
            "Aquino",
            "Ramos",
            "Castillo",
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Pérez",
            "Sánchez",
            "Macaraeg",
            "Dimaculangan",
            "Panganiban",
            "Ilagan",
            "Katigbak",
            "Marasigan",
            "Mercado",
            "Landicho",
            "Kovalenko",
            "Okafor",
            "Kumar",
            "Nguyễn",
            "Müller",
            "Wiśniewski",
            "Haddad",
            "El Amrani",
            "Silva");

    private Vocabulary() {}

    /**
     * 400 municipality names: the province's real towns first (offices sit in the first 30), then made-up places
     * for the long tail of origins that hold a handful of people each.
     */
    static List<String> municipalities() {
        Set<String> names = new LinkedHashSet<>(REAL_MUNICIPALITIES);
        Random random = new Random(20190101L);
        while (names.size() < MUNICIPALITIES) {
            String root = capitalised(syllable(random)
                    + syllable(random)
                    + (random.nextBoolean() ? "n" : "")
                    + (random.nextInt(3) == 0 ? syllable(random) : ""));
            String name = switch (random.nextInt(6)) {
                case 0 -> "San " + SAINTS.get(random.nextInt(SAINTS.size()));
                case 1 -> "Santa " + SANTAS.get(random.nextInt(SANTAS.size()));
                case 2 -> PREFIXES.get(random.nextInt(PREFIXES.size())) + " " + root;
                default -> root;
            };
            names.add(name);
        }
        return new ArrayList<>(names);
    }

    private static String syllable(Random random) {
        return SYLLABLES.get(random.nextInt(SYLLABLES.size()));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
