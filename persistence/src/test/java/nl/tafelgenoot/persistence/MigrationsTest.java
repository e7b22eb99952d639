package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.persistence.migrations.Migrations;
import nl.tafelgenoot.persistence.testing.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The migrations build the schema from an empty database, with the tenancy rules in the schema itself. */
class MigrationsTest {

    private final TestDatabase.Database db = TestDatabase.create("migrations");

    @AfterEach
    void drop() {
        db.drop();
    }

    @Test
    void applyToAnEmptyDatabaseAndAreIdempotent() {
        MigrateResult first = Migrations.apply(db.dataSource());
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(2);

        MigrateResult second = Migrations.apply(db.dataSource());
        assertThat(second.migrationsExecuted).isZero();
    }

    @Test
    void everyTenantColumnIsNotNullAndLeadsEveryIndexOfItsTable() throws SQLException {
        Migrations.apply(db.dataSource());
        try (Connection c = db.connect()) {
            List<String> tenantTables = query(c, "select table_name from information_schema.columns"
                    + " where table_schema = database() and column_name = 'tenant_id'");
            assertThat(tenantTables).contains("client", "audit_event");

            List<String> nullable = query(c, "select table_name from information_schema.columns"
                    + " where table_schema = database() and column_name = 'tenant_id' and is_nullable = 'YES'");
            assertThat(nullable).as("tables whose tenant_id may be NULL").isEmpty();

            List<String> badIndexes = query(c, "select concat(s.table_name, '.', s.index_name)"
                    + " from information_schema.statistics s"
                    + " where s.table_schema = database() and s.seq_in_index = 1 and s.index_name <> 'PRIMARY'"
                    + " and s.column_name <> 'tenant_id'"
                    + " and s.table_name in (select table_name from information_schema.columns"
                    + "   where table_schema = database() and column_name = 'tenant_id')");
            assertThat(badIndexes).as("indexes of tenant tables not leading with tenant_id").isEmpty();
        }
    }

    private static List<String> query(Connection c, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
