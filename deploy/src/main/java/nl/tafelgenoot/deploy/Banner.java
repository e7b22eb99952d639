package nl.tafelgenoot.deploy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text shown once the portal answers: where to go and, with demo data, how to log in.
 *
 * <p>Plain text on stdout rather than a log record, so it stands out between Payara's log lines
 * and can be read by people and scripts alike.
 */
final class Banner {

    private static final String RULE = "=".repeat(72);

    private Banner() {
    }

    static String text(String url, Duration startTime, boolean demoData) {
        StringBuilder text = new StringBuilder();
        text.append(System.lineSeparator()).append(RULE).append(System.lineSeparator());
        line(text, "Tafelgenoot is running at " + url);
        line(text, String.format(Locale.ROOT, "Started in %.1f s", startTime.toMillis() / 1000.0));
        if (demoData) {
            line(text, "");
            line(text, "Demo logins, all with password " + DemoLogins.PASSWORD + ":");
            Map<String, List<DemoLogins.DemoLogin>> byOrganisation = DemoLogins.ALL.stream()
                    .collect(Collectors.groupingBy(DemoLogins.DemoLogin::organisation, LinkedHashMap::new,
                            Collectors.toList()));
            byOrganisation.forEach((organisation, logins) -> {
                line(text, "  " + organisation);
                logins.forEach(login -> line(text, String.format(Locale.ROOT, "    %-38s %s", login.email(), login.role())));
            });
            line(text, "Admins also give a code from an authenticator app: add the key");
            line(text, "  " + DemoLogins.ADMIN_TOTP_KEY + " to the app (or run: oathtool --totp -b "
                    + DemoLogins.ADMIN_TOTP_KEY + ")");
        }
        line(text, "");
        line(text, "Stop with Ctrl-C.");
        text.append(RULE).append(System.lineSeparator());
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(' ').append(line).append(System.lineSeparator());
    }
}
