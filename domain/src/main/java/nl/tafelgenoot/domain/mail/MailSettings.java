package nl.tafelgenoot.domain.mail;

import java.util.Locale;
import java.util.function.Function;

/**
 * How to reach the mail server, from the {@code TAFELGENOOT_SMTP_*} settings. Without a host
 * nothing is sent: mail stays in the outbox (the embedded default). With one:
 * <ul>
 * <li>{@code _PORT}: 587 (submission) when a user is set, else 25; 465 means TLS from the start;</li>
 * <li>{@code _USER} and {@code _PASSWORD}: log in when a user is set;</li>
 * <li>{@code _FROM}: the sender, {@code noreply@example.nl} or {@code Tafelgenoot <noreply@example.nl>};
 *     by default the user when it is an address, else {@code tafelgenoot@} and the host;</li>
 * <li>{@code _STARTTLS}: {@code true} or {@code false}; by default on (and required) whenever
 *     the portal logs in or uses port 587, so a password never crosses the network in clear.</li>
 * </ul>
 * An empty value counts as not set. {@link #toString()} leaves the password out.
 */
public record MailSettings(String host, int port, String user, String password, String from, boolean startTls) {

    public static final String HOST = "TAFELGENOOT_SMTP_HOST";
    public static final String PORT = "TAFELGENOOT_SMTP_PORT";
    public static final String USER = "TAFELGENOOT_SMTP_USER";
    public static final String PASSWORD = "TAFELGENOOT_SMTP_PASSWORD";
    public static final String FROM = "TAFELGENOOT_SMTP_FROM";
    public static final String STARTTLS = "TAFELGENOOT_SMTP_STARTTLS";

    /** Port 465: TLS from the first byte (SMTPS) instead of STARTTLS. */
    public static final int SMTPS_PORT = 465;

    /** No mail server: everything stays in the outbox. */
    public static MailSettings none() {
        return new MailSettings(null, 0, null, null, null, false);
    }

    /**
     * Reads the settings by name (environment variable or system property; null when unset).
     *
     * @throws IllegalArgumentException for a port or STARTTLS value that means nothing
     */
    public static MailSettings read(Function<String, String> setting) {
        String host = clean(setting.apply(HOST));
        if (host == null) {
            return none();
        }
        String user = clean(setting.apply(USER));
        String password = clean(setting.apply(PASSWORD));
        int port = port(clean(setting.apply(PORT)), user != null ? 587 : 25);
        String from = clean(setting.apply(FROM));
        if (from == null) {
            from = user != null && user.contains("@") ? user : "tafelgenoot@" + host;
        }
        String startTls = clean(setting.apply(STARTTLS));
        boolean tls = startTls == null ? (user != null || port == 587) && port != SMTPS_PORT : bool(startTls);
        return new MailSettings(host, port, user, password == null ? "" : password, from, tls);
    }

    public boolean isConfigured() {
        return host != null;
    }

    public boolean logsIn() {
        return user != null;
    }

    private static int port(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(PORT + " must be a port number, not '" + text + "'");
    }

    private static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(STARTTLS + " must be true or false, not '" + text + "'");
        };
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        if (!isConfigured()) {
            return "no mail server";
        }
        return host + ":" + port + (logsIn() ? " as " + user : "") + (startTls ? " with STARTTLS" : "")
                + (port == SMTPS_PORT ? " with TLS" : "") + ", from " + from;
    }
}
