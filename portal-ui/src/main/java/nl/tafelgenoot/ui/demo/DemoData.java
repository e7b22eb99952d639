package nl.tafelgenoot.ui.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database with two demonstration organisations when {@code TAFELGENOOT_DEMO_DATA}
 * is true (the default of the embedded-database start). Runs once, after the migrations; a
 * database that already has an organisation is left alone. Each step runs in its own transaction
 * with one tenant at most.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "TAFELGENOOT_DEMO_DATA", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoSeeder seeder;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        if (!enabled) {
            return;
        }
        if (seeder.seedIfEmpty()) {
            LOG.info("Demo organisations, accounts and clients created");
        } else {
            LOG.info("Database already has organisations; no demo data added");
        }
    }
}
