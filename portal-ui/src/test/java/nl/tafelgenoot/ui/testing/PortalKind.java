package nl.tafelgenoot.ui.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * The two ways the journeys run the portal, each on its own shared Payara Micro. Both use the
 * run's journeys database ({@link TestDatabaseSession#JOURNEYS_URL}) and the demo organisations.
 */
public enum PortalKind {

    /** No mail server configured: mail stays in the outbox, where journeys read it. */
    PLAIN,

    /**
     * Sends every 5 seconds to {@link TestMailServer}, so journeys read what a member really
     * receives; a logged-in session also ends after 15 idle seconds with a heartbeat every 4, for
     * {@code IdleSessionJourneyIT} (the other journeys here keep clicking or need no login).
     */
    MAIL;

    /** The system properties that configure the portal, as the operator's environment would. */
    List<String> systemProperties() {
        List<String> options = new ArrayList<>(List.of(
                "-DTAFELGENOOT_DB_URL=" + required(TestDatabaseSession.JOURNEYS_URL),
                "-DTAFELGENOOT_DB_USER=" + required("tafelgenoot.test.db.user"),
                "-DTAFELGENOOT_DB_PASSWORD=" + System.getProperty("tafelgenoot.test.db.password", ""),
                "-DTAFELGENOOT_DEMO_DATA=true"));
        if (this == MAIL) {
            options.addAll(List.of(
                    "-DTAFELGENOOT_SMTP_HOST=127.0.0.1",
                    "-DTAFELGENOOT_SMTP_PORT=" + required(TestMailServer.PORT),
                    "-DTAFELGENOOT_SMTP_FROM=tafelgenoot@example.org",
                    "-DTAFELGENOOT_MAIL_SEND_SECONDS=5",
                    "-DTAFELGENOOT_SESSION_SECONDS=15",
                    "-Dvaadin.heartbeatInterval=4"));
        }
        return options;
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("no " + property + ": journeys run in the failsafe run (mvn verify)");
        }
        return value;
    }
}
