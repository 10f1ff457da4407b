package org.mrc.casework.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every distinct SQL text Hibernate has sent in this test run (tests only). A statement whose text is built from the
 * values of a request (a value written into the SQL, an {@code in (...)} list as long as its input) shows up here as
 * a new text per input, as it does in Hibernate's query interpretation cache and in PostgreSQL's statement cache.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementLog implements StatementInspector {

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    @Override
    public String inspect(String sql) {
        SEEN.add(sql);
        return sql;
    }

    /** A copy of the texts seen so far. */
    public static Set<String> seen() {
        return Set.copyOf(SEEN);
    }
}
