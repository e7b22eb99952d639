package nl.tafelgenoot.persistence.migrations;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the schema migrations in {@code db/migration}; Flyway alone owns the schema. */
public final class Migrations {

    private Migrations() {
    }

    public static MigrateResult apply(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
