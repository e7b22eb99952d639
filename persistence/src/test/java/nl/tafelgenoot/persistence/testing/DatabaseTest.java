package nl.tafelgenoot.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.function.Function;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.migrations.Migrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of tests on a real, freshly migrated MariaDB database of their own, with the application's
 * persistence unit on top. One database per test class keeps the suite fast.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest {

    protected TestDatabase.Database db;
    protected EntityManagerFactory emf;

    @BeforeAll
    void createDatabase() {
        db = TestDatabase.create(getClass().getSimpleName());
        Migrations.apply(db.dataSource());
        emf = TestPersistence.open(db);
    }

    @AfterAll
    void dropDatabase() {
        if (emf != null) {
            emf.close();
        }
        if (db != null) {
            db.drop();
        }
    }

    /** Runs work in one committed transaction of an EntityManager bound to the tenant. */
    protected <T> T asTenant(TenantId tenant, Function<EntityManager, T> work) {
        return inTransaction(TestPersistence.forTenant(emf, tenant), work);
    }

    /** Runs work in one committed transaction of an EntityManager without a tenant. */
    protected <T> T withoutTenant(Function<EntityManager, T> work) {
        return inTransaction(TestPersistence.global(emf), work);
    }

    protected TenantId newOrganisation(String slug) {
        return withoutTenant(em -> {
            Organisation o = new Organisation(slug, "Organisatie " + slug, OrganisationKind.OTHER, Instant.now());
            em.persist(o);
            em.flush();
            return o.tenantId();
        });
    }

    private static <T> T inTransaction(EntityManager em, Function<EntityManager, T> work) {
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
