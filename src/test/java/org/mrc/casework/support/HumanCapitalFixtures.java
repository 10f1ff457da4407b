package org.mrc.casework.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Bodies for the human-capital endpoints, and a client to hang them on. */
public final class HumanCapitalFixtures {

    private HumanCapitalFixtures() {}

    /** A desk with a newly registered client: {@code [officeCode, clientId]}. */
    public static String[] deskWithClient() {
        String office = OfficeFixtures.openCode("MIGRATION_DESK", null);
        String client = ClientFixtures.registerId(office, ClientFixtures.person("Azfar", ClientFixtures.uniqueName()));
        return new String[] {office, client};
    }

    public static Map<String, Object> diploma(Integer year, List<Map<String, Object>> recognitions) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Master in Management and International Trade");
        body.put("level", "MASTER");
        body.put("field", "Business administration");
        body.put("issuingCountry", "IN");
        body.put("year", year);
        body.put("recognitions", recognitions);
        return body;
    }

    public static Map<String, Object> recognition(String country, String status, String effectiveOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("country", country);
        body.put("status", status);
        body.put("effectiveOn", effectiveOn);
        return body;
    }

    public static Map<String, Object> skill(String name, String acquired, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("acquired", acquired);
        body.put("country", country);
        return body;
    }

    public static Map<String, Object> language(String code, String level, Boolean certified, String certificate) {
        Map<String, Object> body = new HashMap<>();
        body.put("language", code);
        body.put("level", level);
        body.put("certified", certified);
        body.put("certificateName", certificate);
        return body;
    }

    public static Map<String, Object> employment(
            String period, String title, Integer isco, String status, String from, String to, Boolean current) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("occupationTitle", title);
        body.put("iscoMajorGroup", isco);
        body.put("country", "FR");
        body.put("employmentStatus", status);
        body.put("from", from);
        body.put("to", to);
        body.put("current", current);
        return body;
    }
}
