package nl.tafelgenoot.deploy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The launcher's settings, read once at start.
 *
 * <p>Operators set them as environment variables (containers, systemd units); tests set the
 * same names as Java system properties, which win over the environment because a test cannot
 * change its own environment. An empty value counts as not set, so {@code TAFELGENOOT_DB_URL=}
 * still means "use the embedded database".
 *
 * <p>Demo data defaults to on only with the embedded database: a first start on a laptop should
 * show a working portal, but pointing the jar at a real database must never seed fake people
 * into it unless someone asks for that explicitly.
 *
 * @param port          HTTP port of the portal
 * @param bindAddress   address the HTTP listener binds to
 * @param dataDir       absolute folder for the embedded database, the extracted runtime and
 *                      Payara's working folder
 * @param dbUrl         JDBC URL of an external MariaDB, or {@code null} for the embedded one
 * @param dbUser        database user for an external database
 * @param dbPassword    database password for an external database
 * @param demoData      whether the portal seeds demo organisations and logins on first start
 * @param javaOpts      JVM options for the Payara Micro process, split at whitespace (no quoting)
 */
public record LauncherConfig(int port, String bindAddress, Path dataDir, String dbUrl, String dbUser,
                             String dbPassword, boolean demoData, List<String> javaOpts) {

    public static final String PORT = "TAFELGENOOT_PORT";
    public static final String BIND = "TAFELGENOOT_BIND";
    public static final String DATA_DIR = "TAFELGENOOT_DATA_DIR";
    public static final String DB_URL = "TAFELGENOOT_DB_URL";
    public static final String DB_USER = "TAFELGENOOT_DB_USER";
    public static final String DB_PASSWORD = "TAFELGENOOT_DB_PASSWORD";
    public static final String DEMO_DATA = "TAFELGENOOT_DEMO_DATA";
    public static final String JAVA_OPTS = "TAFELGENOOT_JAVA_OPTS";

    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_BIND = "127.0.0.1";
    static final String DEFAULT_DATA_DIR = "data";
    static final String DEFAULT_DB_USER = "root";
    /**
     * Tuned for a fast first page on a small machine (about 15 s instead of 25 s on 2 cores):
     * the C1 compiler only and the serial collector. A busy production node may prefer
     * {@code TAFELGENOOT_JAVA_OPTS="-Xmx1g"} (full tiered compilation, G1).
     */
    static final String DEFAULT_JAVA_OPTS = "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    public LauncherConfig {
        javaOpts = List.copyOf(javaOpts);
    }

    /** Reads the settings of this JVM: system properties first, then the environment. */
    public static LauncherConfig fromRuntime() {
        return from(asMap(System.getProperties()), System.getenv());
    }

    /**
     * Reads the settings from the given sources.
     *
     * @throws IllegalArgumentException when a value cannot be used, naming the setting
     */
    public static LauncherConfig from(Map<String, String> systemProperties, Map<String, String> environment) {
        Source source = new Source(systemProperties, environment);
        String dbUrl = source.get(DB_URL, null);
        boolean embedded = dbUrl == null;
        return new LauncherConfig(
                parsePort(source.get(PORT, String.valueOf(DEFAULT_PORT))),
                source.get(BIND, DEFAULT_BIND),
                Path.of(source.get(DATA_DIR, DEFAULT_DATA_DIR)).toAbsolutePath().normalize(),
                dbUrl,
                source.get(DB_USER, DEFAULT_DB_USER),
                source.get(DB_PASSWORD, ""),
                parseBoolean(DEMO_DATA, source.get(DEMO_DATA, String.valueOf(embedded))),
                Arrays.asList(source.get(JAVA_OPTS, DEFAULT_JAVA_OPTS).trim().split("\\s+")));
    }

    /** True when no external database is configured and the launcher starts its own MariaDB. */
    public boolean usesEmbeddedDatabase() {
        return dbUrl == null;
    }

    /** Never prints the password: this record ends up in logs. */
    @Override
    public String toString() {
        return "LauncherConfig[port=" + port + ", bind=" + bindAddress + ", dataDir=" + dataDir
                + ", db=" + (usesEmbeddedDatabase() ? "embedded" : dbUrl + " as " + dbUser)
                + ", demoData=" + demoData + ", javaOpts=" + javaOpts + "]";
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(PORT + " must be a port number between 1 and 65535, not '" + value + "'");
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        };
    }

    private static Map<String, String> asMap(Properties properties) {
        return properties.stringPropertyNames().stream()
                .collect(java.util.stream.Collectors.toMap(n -> n, properties::getProperty));
    }

    /** System property before environment variable; blank means absent. */
    private record Source(Map<String, String> systemProperties, Map<String, String> environment) {

        String get(String name, String fallback) {
            String value = systemProperties.get(name);
            if (value == null || value.isBlank()) {
                value = environment.get(name);
            }
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
