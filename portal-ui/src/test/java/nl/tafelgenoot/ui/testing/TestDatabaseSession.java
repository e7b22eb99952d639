package nl.tafelgenoot.ui.testing;

import nl.tafelgenoot.persistence.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests of this module fresh databases before any Payara Micro starts: one
 * for the in-container tests, named on Arquillian's command line (arquillian.xml), and one for the
 * browser journeys' shared portals ({@link PortalKind}, {@link JourneyDatabase}). Two, because
 * in-container tests change the demo people and cases (hand an advisor's cases back to the queue,
 * say) that journeys log in as; each named through system properties. Only in the
 * failsafe run (which sets {@code payara.microJar}); unit tests need no database.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String URL = "tafelgenoot.test.db.url";
    /** The journeys' own database: what in-container tests change of the demo data never reaches a journey. */
    public static final String JOURNEYS_URL = "tafelgenoot.journeys.db.url";

    private TestDatabase.Database db;
    private TestDatabase.Database journeys;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null || System.getProperty(URL) != null) {
            return;
        }
        db = TestDatabase.create("portal");
        System.setProperty(URL, db.url());
        System.setProperty("tafelgenoot.test.db.user", db.user());
        System.setProperty("tafelgenoot.test.db.password", db.password());
        journeys = TestDatabase.create("journeys");
        System.setProperty(JOURNEYS_URL, journeys.url());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.drop();
            journeys.drop();
        }
    }
}
