package nl.tafelgenoot.ui.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The MariaDB connection, configured from MicroProfile Config ({@code TAFELGENOOT_DB_URL},
 * {@code TAFELGENOOT_DB_USER}, {@code TAFELGENOOT_DB_PASSWORD}: environment variables or system
 * properties). Payara pools it behind {@link DatabaseDefinition}. A plain {@link DataSource} (not
 * XA) on purpose: one database, local transactions. Reading the settings here, rather than through
 * placeholders in the annotation, lets an empty password mean "no password".
 */
public class ConfiguredDataSource implements DataSource {

    private final MariaDbDataSource target;

    public ConfiguredDataSource() throws SQLException {
        Config config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("TAFELGENOOT_DB_URL", String.class)
                .orElseThrow(() -> new SQLException("TAFELGENOOT_DB_URL is not set"));
        target = new MariaDbDataSource(url);
        target.setUser(config.getOptionalValue("TAFELGENOOT_DB_USER", String.class).orElse("root"));
        target.setPassword(config.getOptionalValue("TAFELGENOOT_DB_PASSWORD", String.class).orElse(""));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("org.mariadb.jdbc");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
