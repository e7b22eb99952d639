package nl.tafelgenoot.ui.security;

import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a logged-in session may stay idle (no click, no typing) before it ends: the one place
 * the number is read. Operators set {@value #MINUTES} (default 30); {@value #SECONDS}, when set,
 * wins, so a test container can use a few seconds instead of waiting half an hour. Both come
 * through MicroProfile Config, so an environment variable or a system property of that name.
 */
public final class SessionTimeout {

    static final String MINUTES = "TAFELGENOOT_SESSION_MINUTES";
    static final String SECONDS = "TAFELGENOOT_SESSION_SECONDS";
    static final Duration DEFAULT = Duration.ofMinutes(30);
    /** Shorter than this and a person typing a long note would be logged out while still typing. */
    static final Duration SHORTEST = Duration.ofSeconds(5);
    /** Longer than a working day is not an idle timeout any more. */
    static final Duration LONGEST = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(SessionTimeout.class.getName());

    private static volatile Duration configured;

    private SessionTimeout() {
    }

    /** The configured idle timeout, read once. */
    public static Duration configured() {
        Duration read = configured;
        if (read == null) {
            var config = ConfigProvider.getConfig();
            read = of(config.getOptionalValue(MINUTES, String.class).orElse(null),
                    config.getOptionalValue(SECONDS, String.class).orElse(null));
            configured = read;
            Duration shown = read;
            LOG.info(() -> "Logged-in sessions end after " + shown.toSeconds() + " s without activity");
        }
        return read;
    }

    /**
     * The timeout from the two settings (either may be null): seconds win over minutes; a value
     * that is not a whole number falls back to the default; one out of range is brought within
     * {@link #SHORTEST} and {@link #LONGEST}.
     */
    static Duration of(String minutes, String seconds) {
        Duration wanted = DEFAULT;
        try {
            if (seconds != null && !seconds.isBlank()) {
                wanted = Duration.ofSeconds(Long.parseLong(seconds.strip()));
            } else if (minutes != null && !minutes.isBlank()) {
                wanted = Duration.ofMinutes(Long.parseLong(minutes.strip()));
            }
        } catch (NumberFormatException notANumber) {
            LOG.warning(() -> MINUTES + " / " + SECONDS + " is not a whole number (" + minutes + " / " + seconds
                    + "): sessions end after " + DEFAULT.toMinutes() + " minutes");
            return DEFAULT;
        }
        if (wanted.compareTo(SHORTEST) < 0) {
            return SHORTEST;
        }
        return wanted.compareTo(LONGEST) > 0 ? LONGEST : wanted;
    }
}
