package org.mrc.casework.servicelog;

import java.util.List;

/** The reporting age bands, as labels (the same as the client record's). */
final class AgeBands {

    static final List<String> LABELS = List.of("0-14", "15-24", "25-34", "35-49", "50-64", "65+");

    private AgeBands() {}
}
