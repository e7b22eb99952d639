package nl.tafelgenoot.ui.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.tafelgenoot.ui.security.ShiroEnvironment;

/**
 * The browser journeys' way into the test database the portal under test uses, for what a
 * journey cannot do through the screens of this version (setting up a person of its own).
 */
public final class JourneyDatabase {

    private JourneyDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("tafelgenoot.test.db.url"),
                System.getProperty("tafelgenoot.test.db.user"), System.getProperty("tafelgenoot.test.db.password"));
    }

    public static long tenantOf(Connection c, String slug) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("select id from organisation where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no organisation " + slug);
                }
                return rs.getLong(1);
            }
        }
    }

    /** A person of their own for one journey, with the password hashed as the portal hashes it. */
    public static void addAccount(String email, String name, String password, String slug, String role) throws SQLException {
        try (Connection c = connect();
             PreparedStatement account = c.prepareStatement(
                     "insert into account (email, display_name, password_hash) values (?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement membership = c.prepareStatement(
                     "insert into account_membership (account_id, organisation_id, role) values (?, ?, ?)")) {
            account.setString(1, email);
            account.setString(2, name);
            account.setString(3, ShiroEnvironment.PASSWORDS.encryptPassword(password));
            account.executeUpdate();
            try (ResultSet keys = account.getGeneratedKeys()) {
                keys.next();
                membership.setLong(1, keys.getLong(1));
            }
            membership.setLong(2, tenantOf(c, slug));
            membership.setString(3, role);
            membership.executeUpdate();
        }
    }

    /** A platform operator of their own for one journey: no organisation, no two-step verification yet. */
    public static void addOperator(String email, String name, String password) throws SQLException {
        try (Connection c = connect();
             PreparedStatement account = c.prepareStatement(
                     "insert into account (email, display_name, password_hash, platform_operator) values (?, ?, ?, TRUE)")) {
            account.setString(1, email);
            account.setString(2, name);
            account.setString(3, ShiroEnvironment.PASSWORDS.encryptPassword(password));
            account.executeUpdate();
        }
    }
}
