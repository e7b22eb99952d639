package nl.tafelgenoot.ui.testing;

import nl.tafelgenoot.persistence.testing.TestDatabase;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the integration tests of this module one fresh database before Arquillian starts Payara
 * Micro, whose command line (arquillian.xml) names it through system properties. Only in the
 * failsafe run (which sets {@code payara.microJar}); unit tests need no database.
 */
public class TestDatabaseSession implements LauncherSessionListener {

    public static final String URL = "tafelgenoot.test.db.url";

    private TestDatabase.Database db;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("payara.microJar") == null || System.getProperty(URL) != null) {
            return;
        }
        db = TestDatabase.create("portal");
        System.setProperty(URL, db.url());
        System.setProperty("tafelgenoot.test.db.user", db.user());
        System.setProperty("tafelgenoot.test.db.password", db.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (db != null) {
            db.drop();
        }
    }
}
