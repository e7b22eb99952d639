package nl.tafelgenoot.persistence.offboarding;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import nl.tafelgenoot.domain.offboarding.TableCount;
import nl.tafelgenoot.domain.offboarding.TenantPurge;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * Deletes an organisation's rows with plain JDBC on the portal's data source (joining the caller's
 * transaction), because it must reach every table, also one added after this class was written: the
 * tables come from the database's own catalogue (every table with a {@code tenant_id} column), and
 * are emptied children first, in the order of their foreign keys. Every statement names the tenant
 * bound now ({@link TenantContext#require()}), never one passed in. Then the organisation's global
 * rows, and the login identities that worked for no other organisation.
 */
@ApplicationScoped
public class JdbcTenantPurge implements TenantPurge {

    @Resource(lookup = "java:app/jdbc/tafelgenoot")
    DataSource dataSource;

    @Inject
    TenantContext tenant;

    public JdbcTenantPurge() {
    }

    /** For tests outside the container. */
    public JdbcTenantPurge(DataSource dataSource, TenantContext tenant) {
        this.dataSource = dataSource;
        this.tenant = tenant;
    }

    @Override
    public List<TableCount> purgeCurrentTenant() {
        TenantId leaving = tenant.require();
        try (Connection c = dataSource.getConnection()) {
            List<TableCount> deleted = new ArrayList<>();
            Set<Long> staff = ids(c, "select account_id from account_membership where organisation_id = ?", leaving);
            for (String table : childrenFirst(c, tenantTables(c))) {
                deleted.add(delete(c, table, "delete from " + table + " where tenant_id = ?", leaving));
            }
            deleted.add(delete(c, "organisation_region", "delete from organisation_region where organisation_id = ?", leaving));
            deleted.add(delete(c, "organisation_letterhead",
                    "delete from organisation_letterhead where organisation_id = ?", leaving));
            deleted.add(delete(c, "staff_invitation", "delete from staff_invitation where organisation_id = ?", leaving));
            deleted.add(delete(c, "account_membership", "delete from account_membership where organisation_id = ?",
                    leaving));
            deleted.add(new TableCount("account", deleteAccountsWithoutWork(c, staff)));
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("deleting the organisation's data failed", e);
        }
    }

    /** Every table with a tenant column, by name. */
    static Set<String> tenantTables(Connection c) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement("select table_name from information_schema.columns"
                + " where table_schema = database() and column_name = 'tenant_id'"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** The tables ordered so that a table comes before every table it refers to (children first). */
    private static List<String> childrenFirst(Connection c, Set<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select table_name, referenced_table_name"
                + " from information_schema.referential_constraints where constraint_schema = database()");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String child = rs.getString(1);
                String parent = rs.getString(2);
                if (!child.equals(parent) && tables.contains(child) && tables.contains(parent)) {
                    parents.computeIfAbsent(child, t -> new HashSet<>()).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            // A table goes once no table still left refers to it.
            String next = left.stream()
                    .filter(t -> left.stream().noneMatch(other -> parents.getOrDefault(other, Set.of()).contains(t)))
                    .findFirst().orElseThrow(() -> new IllegalStateException("foreign keys in a cycle: " + left));
            order.add(next);
            left.remove(next);
        }
        return order;
    }

    private static TableCount delete(Connection c, String table, String sql, TenantId leaving) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, leaving.value());
            return new TableCount(table, s.executeUpdate());
        }
    }

    private static Set<Long> ids(Connection c, String sql, TenantId leaving) throws SQLException {
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, leaving.value());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The organisation's people who now work nowhere (and are no platform operator) lose their login
     * identity, its recovery codes (cascade) and failed-login counter with it.
     */
    private static long deleteAccountsWithoutWork(Connection c, Set<Long> staff) throws SQLException {
        long deleted = 0;
        for (long account : staff) {
            try (PreparedStatement s = c.prepareStatement("delete from login_throttle where identity = (select email"
                    + " from account a where a.id = ? and not a.platform_operator and not exists"
                    + " (select 1 from account_membership m where m.account_id = a.id))")) {
                s.setLong(1, account);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("delete from account where id = ? and not platform_operator"
                    + " and not exists (select 1 from account_membership m where m.account_id = account.id)")) {
                s.setLong(1, account);
                deleted += s.executeUpdate();
            }
        }
        return deleted;
    }
}
