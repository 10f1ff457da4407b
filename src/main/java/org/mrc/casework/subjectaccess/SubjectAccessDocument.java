package org.mrc.casework.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The subject-access report as an HTML document a caseworker can print or hand over. It is rendered from the report's
 * JSON tree, member by member, so that the document shows exactly what the JSON holds (a member added to the report
 * appears here without a change). Labels come from {@code subject-access/labels_<language>.properties} in the first of
 * the person's preferred languages that has labels, each missing label from English, and a member without any label
 * by its name split into words. Every value and label is HTML-escaped: the document contains no script and no markup
 * from the data.
 */
@ApplicationScoped
public class SubjectAccessDocument {

    static final String FALLBACK_LANGUAGE = "en";

    private static final String STYLE = "body{font-family:sans-serif;margin:2em;max-width:60em;color:#222}"
            + "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #999}"
            + "table{border-collapse:collapse;margin:.3em 0 .8em;width:100%}"
            + "th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3;width:30%;font-weight:600}.none{color:#777;font-style:italic}"
            + "@media print{body{margin:0}}";

    private final Map<String, Optional<Properties>> bundles = new ConcurrentHashMap<>();

    /**
     * The document of a report's JSON tree (as {@link StaffNames} gives it), labelled in the first of the person's
     * preferred languages that has labels.
     */
    public String render(JsonNode tree) {
        List<String> preferred = new ArrayList<>();
        tree.path("client").path("preferredLanguages").forEach(language -> preferred.add(language.asText()));
        Labels labels = labelsFor(preferred);
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(labels.language()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(labels.get("document.title")))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>")
                .append(escape(labels.get("document.title")))
                .append("</h1>\n<p>")
                .append(escape(labels.get("document.intro")))
                .append("</p>\n<table>\n");
        row(html, labels.get("document.reference"), escape(text(tree.get("reference"))));
        row(html, labels.get("document.generatedAt"), escape(text(tree.get("generatedAt"))));
        html.append("</table>\n");
        Iterator<Map.Entry<String, JsonNode>> members = tree.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            if (List.of("generatedAt", "clientId", "reference").contains(member.getKey())) {
                continue;
            }
            html.append("<section>\n<h2>")
                    .append(escape(labels.get(member.getKey())))
                    .append("</h2>\n")
                    .append(value(member.getValue(), labels))
                    .append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    /** The labels for the first of {@code preferred} that has any, else English. */
    Labels labelsFor(List<String> preferred) {
        Properties english = bundle(FALLBACK_LANGUAGE).orElseThrow();
        for (String language : preferred) {
            String code = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
            Optional<Properties> own = code.equals(FALLBACK_LANGUAGE) ? Optional.of(english) : bundle(code);
            if (own.isPresent()) {
                return new Labels(code, own.get(), english);
            }
        }
        return new Labels(FALLBACK_LANGUAGE, english, english);
    }

    private Optional<Properties> bundle(String language) {
        if (!language.matches("[a-z]{2,3}")) {
            return Optional.empty();
        }
        return bundles.computeIfAbsent(language, code -> {
            String name = "subject-access/labels" + (code.equals(FALLBACK_LANGUAGE) ? "" : "_" + code) + ".properties";
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    return Optional.empty();
                }
                Properties properties = new Properties();
                properties.load(in);
                return Optional.of(properties);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private String value(JsonNode node, Labels labels) {
        if (node == null || node.isNull() || node.isMissingNode() || (node.isContainerNode() && node.isEmpty())) {
            return "<p class=\"none\">" + escape(labels.get("document.none")) + "</p>\n";
        }
        if (node.isArray()) {
            boolean scalars = true;
            for (JsonNode item : node) {
                scalars &= item.isValueNode();
            }
            if (scalars) {
                return "<p>" + escape(text(node)) + "</p>\n";
            }
            StringBuilder items = new StringBuilder();
            for (JsonNode item : node) {
                items.append(value(item, labels));
            }
            return items.toString();
        }
        if (node.isObject()) {
            StringBuilder table = new StringBuilder("<table>\n");
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode inner = field.getValue();
                String cell = inner.isValueNode() || (inner.isArray() && allScalars(inner))
                        ? escape(text(inner, labels))
                        : value(inner, labels);
                row(table, labels.get(field.getKey()), cell);
            }
            return table.append("</table>\n").toString();
        }
        return "<p>" + escape(text(node, labels)) + "</p>\n";
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static void row(StringBuilder html, String label, String escapedCell) {
        html.append("<tr><th scope=\"row\">")
                .append(escape(label))
                .append("</th><td>")
                .append(escapedCell)
                .append("</td></tr>\n");
    }

    private static String text(JsonNode node, Labels labels) {
        if (node.isBoolean()) {
            return labels.get(node.booleanValue() ? "document.yes" : "document.no");
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (JsonNode item : node) {
                joined.append(joined.isEmpty() ? "" : ", ").append(item.asText());
            }
            return joined.toString();
        }
        return node.asText();
    }

    /** Escapes the five characters that could start markup or end an attribute. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Labels of one language, each missing one from English, else the member's name split into words. */
    record Labels(String language, Properties own, Properties english) {

        String get(String key) {
            String label = own.getProperty(key, english.getProperty(key));
            if (label != null) {
                return label;
            }
            String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
            return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
