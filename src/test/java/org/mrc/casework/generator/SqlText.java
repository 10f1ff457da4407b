package org.mrc.casework.generator;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code ${name}} placeholders of the generator's SQL. A placeholder left unfilled is a mistake in the
 * generator, so it fails loudly instead of reaching PostgreSQL as text.
 */
final class SqlText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)}");

    private SqlText() {}

    static String fill(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(sql, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(sql);
        return sql.toString();
    }

    /** A SQL string literal. */
    static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    /** A SQL text array literal: {@code array['a','b']::text[]}. */
    static String textArray(Iterable<String> values) {
        StringBuilder sql = new StringBuilder("array[");
        boolean first = true;
        for (String value : values) {
            sql.append(first ? "" : ",").append(literal(value));
            first = false;
        }
        return sql.append("]::text[]").toString();
    }
}
