package org.mrc.casework.generator;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The province: a resource centre (PRV), five district offices under it (D01..D05) and 24 municipal desks under the
 * districts (D06..D29), each in one of the province's towns. Offices that already exist (a second load) are reused.
 */
public final class OfficeTree {

    public static final int OFFICES = 30;
    public static final int DISTRICTS = 5;

    private OfficeTree() {}

    public static String code(int index) {
        return index == 0 ? "PRV" : "D%02d".formatted(index);
    }

    /** The parent of office {@code index}: none for the centre, the centre for districts, a district for desks. */
    public static int parent(int index) {
        return index == 0 ? -1 : index <= DISTRICTS ? 0 : 1 + (index - DISTRICTS - 1) % DISTRICTS;
    }

    /**
     * How clients spread over offices: a long tail (weight 1/rank^1.2), so the centre and the first districts hold
     * most clients and the last desks a few thousand at full scale.
     */
    static Weighted share() {
        double[] weights = new double[OFFICES];
        for (int i = 0; i < OFFICES; i++) {
            weights[i] = 1 / Math.pow(i + 1, 1.2);
        }
        return Weighted.indexes(weights);
    }

    static void load(LoadSession session) throws SQLException {
        List<String> towns = Vocabulary.municipalities();
        List<UUID> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String insert =
                "insert into office (id, code, name, kind, parent_id, country, locality, territory_side, active, created_at,"
                        + " updated_at, version) values (?, ?, ?, ?, ?, 'PH', ?, 'ORIGIN', true, timestamptz '2018-12-01 08:00+08',"
                        + " timestamptz '2018-12-01 08:00+08', 0) on conflict (code) do nothing";
        try (PreparedStatement statement = session.connection().prepareStatement(insert);
                PreparedStatement lookup =
                        session.connection().prepareStatement("select id from office where code = ?")) {
            for (int i = 0; i < OFFICES; i++) {
                String code = code(i);
                statement.setObject(1, UUID.randomUUID());
                statement.setString(2, code);
                statement.setString(
                        3,
                        i == 0
                                ? "Provincial Migrant Resource Centre"
                                : (i <= DISTRICTS ? "District Office " : "Migration Desk ") + towns.get(i));
                statement.setString(4, i == 0 ? "RESOURCE_CENTRE" : i >= 26 ? "OUTREACH_POINT" : "MIGRATION_DESK");
                statement.setObject(5, i == 0 ? null : ids.get(parent(i)));
                statement.setString(6, towns.get(i));
                statement.executeUpdate();
                lookup.setString(1, code);
                try (ResultSet row = lookup.executeQuery()) {
                    row.next();
                    ids.add(row.getObject(1, UUID.class));
                }
                codes.add(code);
            }
        }
        session.officeIds = ids;
        session.officeCodes = codes;
    }
}
