package nl.tafelgenoot.ui.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tafelgenoot.ui.security.ShiroEnvironment;

/**
 * The browser journeys' way into the test database the portal under test uses, for what a
 * journey cannot do through the screens of this version (setting up a person of its own).
 */
public final class JourneyDatabase {

    private static final Pattern LINK = Pattern.compile("/(uitnodiging/[A-Za-z0-9_-]{43})");

    private JourneyDatabase() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(PortalKind.required(TestDatabaseSession.JOURNEYS_URL),
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

    /**
     * An advisor of their own for one journey who can take every booking in the municipality: active,
     * a VOG of today, room for 50 cases, available every day from 08:00 to 20:00. Other tests of
     * the run change the demo advisors (availability, VOG, full lists), so journeys that need free
     * times bring their own. Returns the account id.
     */
    public static long addBookableAdvisor(String email, String name, String password, String slug, String municipality)
            throws SQLException {
        long account = addAccount(email, name, password, slug, "ADVISOR");
        String everyDay = java.util.stream.Stream.of(java.time.DayOfWeek.values())
                .map(day -> day.name() + " 08:00-20:00").collect(java.util.stream.Collectors.joining(";"));
        try (Connection c = connect();
             PreparedStatement profile = c.prepareStatement("insert into advisor_profile (tenant_id, account_id, status,"
                     + " municipalities, languages, max_open_cases, availability, vog_date) values (?, ?, 'ACTIVE', ?,"
                     + " 'nl', 50, ?, ?)")) {
            profile.setLong(1, tenantOf(c, slug));
            profile.setLong(2, account);
            profile.setString(3, municipality);
            profile.setString(4, everyDay);
            profile.setObject(5, java.time.LocalDate.now());
            profile.executeUpdate();
        }
        return account;
    }

    /** A person of their own for one journey, with the password hashed as the portal hashes it; returns the account id. */
    public static long addAccount(String email, String name, String password, String slug, String role) throws SQLException {
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
            long id;
            try (ResultSet keys = account.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            membership.setLong(1, id);
            membership.setLong(2, tenantOf(c, slug));
            membership.setString(3, role);
            membership.executeUpdate();
            return id;
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

    /** An organisation of its own for one journey, active, with a contact address. */
    public static void addOrganisation(String slug, String name, String contactEmail) throws SQLException {
        try (Connection c = connect();
             PreparedStatement organisation = c.prepareStatement("insert into organisation (slug, name, kind, status,"
                     + " created_at, contact_email, region) values (?, ?, 'OTHER', 'ACTIVE', utc_timestamp(6), ?, 'Utrecht')")) {
            organisation.setString(1, slug);
            organisation.setString(2, name);
            organisation.setString(3, contactEmail);
            organisation.executeUpdate();
        }
    }

    /**
     * The path ({@code uitnodiging/<secret>}) of the link in the newest mail to the address in any
     * outbox, as it was queued (the outbox page never shows it). Waits up to 20 s for the mail:
     * some are queued after the portal has answered (a forgotten password).
     */
    public static String linkMailedTo(String email) {
        return linkMailedTo(email, LINK);
    }

    /** {@link #linkMailedTo(String)} for another kind of link: the path is the pattern's first group. */
    public static String linkMailedTo(String email, Pattern shape) {
        String[] body = new String[1];
        Poll.until("a mail to " + email, Duration.ofSeconds(20), () -> {
            body[0] = newestBody(email).orElse(null);
            return body[0] != null;
        });
        Matcher link = shape.matcher(body[0]);
        if (!link.find()) {
            throw new AssertionError("no link in the mail to " + email + ": " + body[0]);
        }
        return link.group(1);
    }

    /** How many mails to the address all outboxes hold. */
    public static long mailCount(String email) throws SQLException {
        return firstLong("select count(*) from mail_outbox where recipient_address = ?", email).orElseThrow();
    }

    /** The id of the account with this address (as stored: lower case). */
    public static long accountId(String email) throws SQLException {
        return firstLong("select id from account where email = ?", email)
                .orElseThrow(() -> new AssertionError("no account " + email));
    }

    private static Optional<Long> firstLong(String sql, String parameter) throws SQLException {
        try (Connection c = connect(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Optional<String> newestBody(String email) {
        try (Connection c = connect();
             PreparedStatement query = c.prepareStatement(
                     "select body_text from mail_outbox where recipient_address = ? order by id desc limit 1")) {
            query.setString(1, email);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
