package nl.tafelgenoot.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * The application's persistence unit outside the container: same mappings and settings, but
 * RESOURCE_LOCAL on the test database. Each factory gets its own session name, because EclipseLink
 * silently reuses an earlier factory's session (and its settings) otherwise.
 */
public final class TestPersistence {

    private TestPersistence() {
    }

    public static EntityManagerFactory open(TestDatabase.Database db) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver");
        props.put("jakarta.persistence.jdbc.url", db.url());
        props.put("jakarta.persistence.jdbc.user", db.user());
        props.put("jakarta.persistence.jdbc.password", db.password());
        props.put("eclipselink.session-name", "test-" + UUID.randomUUID());
        props.put("eclipselink.weaving", "false");
        return Persistence.createEntityManagerFactory("tafelgenoot", props);
    }

    /** An EntityManager that works for one organisation, as the container's would after the interceptor ran. */
    public static EntityManager forTenant(EntityManagerFactory emf, TenantId tenant) {
        return emf.createEntityManager(Map.of("eclipselink.tenant-id", tenant.asProperty()));
    }

    /** An EntityManager with no tenant: fine for global entities, refused for tenant-owned ones. */
    public static EntityManager global(EntityManagerFactory emf) {
        return emf.createEntityManager();
    }
}
