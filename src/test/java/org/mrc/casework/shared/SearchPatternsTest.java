package org.mrc.casework.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Search parameters are compared by equality, trigram similarity or sound codes, never as SQL patterns, so
 * {@code %}, {@code _} and {@code \} a caller types are literal characters. A LIKE/ILIKE/SIMILAR TO in a query
 * would make them wildcards; this keeps any from appearing unnoticed (one that is ever needed must escape its
 * argument and be listed here with the reason).
 */
class SearchPatternsTest {

    private static final Pattern PATTERN_OPERATOR =
            Pattern.compile("(?i)\\b(not\\s+)?(i?like|similar\\s+to)\\s*[(?:'\"]|\\b(i?like|similar\\s+to)\\s*$");

    @Test
    void noQueryMatchesACallersTextAsAPattern() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : new String[] {"src/main/java", "src/main/resources/db/migration"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("*") || line.startsWith("//") || line.startsWith("--")) {
                            continue;
                        }
                        if (PATTERN_OPERATOR.matcher(line).find()) {
                            found.add(file + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "queries that match with LIKE/ILIKE/SIMILAR TO");
    }
}
