package org.mrc.casework.reporting;

/**
 * One breakdown a report offers: its public name and the rollup column it reads. An array column is unnested (a
 * client with two roles counts once under each). A sensitive dimension is built from S2 data and is open only to
 * analysts when the deployment allows it; {@code restrictedColumn}, when set, is what everyone else gets instead
 * (a coarser grouping that hides the S2 value).
 */
record Dimension(String name, String column, boolean array, boolean sensitive, Label label, String restrictedColumn) {

    /** How raw values become what the report shows. */
    enum Label {
        /** the value as stored */
        NONE,
        /** an office id, shown as the office code */
        OFFICE,
        /** an office id, shown as the territory side the office serves (NOT_RECORDED when unset) */
        OFFICE_SIDE,
        /** a partner organisation id, shown as its name */
        PARTNER,
        /** 'O:' + office id or 'P:' + partner id, shown as the office code or the partner's name */
        PROVIDER
    }

    /** The office a figure is attributed to: a column of every rollup, its copies and its single-breakdown copy. */
    private static final String OFFICE_COLUMN = "c.office_id";

    /** The office a figure is attributed to, shown by its code. */
    static Dimension office() {
        return labelled("office", OFFICE_COLUMN, Label.OFFICE);
    }

    /** The side of the migration journey (ORIGIN, DESTINATION, BOTH) the office of the figure serves. */
    static Dimension territorySide() {
        return labelled("territorySide", OFFICE_COLUMN, Label.OFFICE_SIDE);
    }

    static Dimension of(String name, String column) {
        return new Dimension(name, column, false, false, Label.NONE, null);
    }

    static Dimension many(String name, String column) {
        return new Dimension(name, column, true, false, Label.NONE, null);
    }

    static Dimension labelled(String name, String column, Label label) {
        return new Dimension(name, column, false, false, label, null);
    }

    static Dimension sensitive(String name, String column, boolean array) {
        return new Dimension(name, column, array, true, Label.NONE, null);
    }

    /** Shows the full value to callers with sensitive access and {@code restrictedColumn} to everyone else. */
    static Dimension folded(String name, String column, String restrictedColumn) {
        return new Dimension(name, column, false, false, Label.NONE, restrictedColumn);
    }

    /**
     * Read from the office column, which every rollup table keeps: any table can answer this dimension, and the
     * narrower copies need not name it.
     */
    boolean officeKeyed() {
        return column.equals(OFFICE_COLUMN);
    }

    /** The rollup column this dimension reads (its expression without the table alias). */
    String columnName() {
        return column.substring("c.".length());
    }

    /** The column expression to group by for a caller with or without sensitive access. */
    String columnFor(boolean sensitiveAccess) {
        return restrictedColumn != null && !sensitiveAccess ? restrictedColumn : column;
    }
}
