package nl.tafelgenoot.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering of DESIGN.md: portal-ui → domain ← persistence. The UI never touches an
 * EntityManager or a persistence class; the domain knows neither the UI, the persistence module,
 * nor any framework beyond the Jakarta APIs.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("nl.tafelgenoot");
    }

    @Test
    void theUiDoesNotTouchPersistence() {
        noClasses().that().resideInAPackage("nl.tafelgenoot.ui..")
                .should().dependOnClassesThat().resideInAPackage("nl.tafelgenoot.persistence..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManagerFactory")
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.persistence..")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOtherLayerAndNoFramework() {
        noClasses().that().resideInAPackage("nl.tafelgenoot.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.tafelgenoot.ui..", "nl.tafelgenoot.persistence..",
                        "com.vaadin..", "org.apache.shiro..", "org.eclipse.persistence..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void persistenceDoesNotKnowTheUi() {
        noClasses().that().resideInAPackage("nl.tafelgenoot.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.tafelgenoot.ui..", "com.vaadin..", "org.apache.shiro..")
                .check(classes);
    }

    @Test
    void nativeSqlIsNotUsedAnywhere() {
        noClasses().should().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class, Class.class)
                .check(classes);
    }

    /**
     * Plain JDBC bypasses the tenant filter: only the migrations and the deletion of a leaving
     * organisation (which names the bound tenant in every statement) may use it.
     */
    @Test
    void plainJdbcOnlyForMigrationsAndTheDeletionOfAnOrganisation() {
        noClasses().that().resideOutsideOfPackage("nl.tafelgenoot.persistence.migrations..")
                .and().doNotHaveFullyQualifiedName("nl.tafelgenoot.persistence.offboarding.JdbcTenantPurge")
                .should().accessClassesThat().areAssignableTo(java.sql.Statement.class)
                .check(classes);
    }

    /** The export reader and the deletion ask for no permission: only the offboarding service reaches them. */
    @Test
    void onlyTheOffboardingServiceReachesTheExportReaderAndTheDeletion() {
        noClasses().that().resideOutsideOfPackage("nl.tafelgenoot.domain.offboarding..")
                .and().doNotHaveFullyQualifiedName("nl.tafelgenoot.persistence.offboarding.JdbcTenantPurge")
                .should().dependOnClassesThat().haveFullyQualifiedName("nl.tafelgenoot.domain.offboarding.OrganisationExportReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.tafelgenoot.domain.offboarding.OffboardingPurge")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.tafelgenoot.domain.offboarding.OffboardingRecords")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("nl.tafelgenoot.domain.offboarding.TenantPurge")
                .check(classes);
    }
}
