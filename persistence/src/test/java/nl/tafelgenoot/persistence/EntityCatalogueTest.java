package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.persistence.Entity;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.LoginThrottle;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.municipalities.PostcodeRange;
import nl.tafelgenoot.domain.deadlines.DesignatedDaysDecree;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.SingleTableMultitenantPolicy;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.Test;

/**
 * Every entity is either tenant-owned (single-table multitenant on tenant_id) or on the short,
 * named list of global entities. A new entity that is neither fails here, before it can leak.
 */
class EntityCatalogueTest extends DatabaseTest {

    /**
     * The global entities of DESIGN.md: the organisation itself and login identities; and reference
     * data that is the same for everyone: municipalities and decrees of designated days; and the record
     * of an organisation leaving, which must outlive its data.
     */
    static final Set<Class<?>> GLOBAL = Set.of(Organisation.class, Account.class, LoginThrottle.class,
            nl.tafelgenoot.domain.organisations.OrganisationLetterhead.class,
            nl.tafelgenoot.domain.people.StaffInvitation.class, nl.tafelgenoot.domain.offboarding.Offboarding.class,
            Municipality.class, PostcodeRange.class, DesignatedDaysDecree.class);

    @Test
    void everyEntityIsMultitenantOrNamedGlobal() {
        var session = JpaHelper.getServerSession(emf);
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            Class<?> type = descriptor.getJavaClass();
            if (GLOBAL.contains(type)) {
                assertThat(descriptor.hasMultitenantPolicy()).as(type + " is global").isFalse();
            } else {
                assertThat(descriptor.hasMultitenantPolicy()).as(type + " must be multitenant or named global").isTrue();
                assertThat(descriptor.getMultitenantPolicy()).isInstanceOf(SingleTableMultitenantPolicy.class);
                var policy = (SingleTableMultitenantPolicy) descriptor.getMultitenantPolicy();
                assertThat(policy.getTenantDiscriminatorFields().keySet())
                        .extracting(field -> field.getName().toLowerCase(java.util.Locale.ROOT))
                        .containsExactly("tenant_id");
            }
        }
    }

    @Test
    void everyEntityOfTheDomainIsMappedByTheUnit() {
        Set<String> domainEntities = new ClassFileImporter().importPackages("nl.tafelgenoot.domain").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        Set<String> mapped = JpaHelper.getServerSession(emf).getDescriptors().keySet().stream()
                .map(Class::getName)
                .collect(Collectors.toSet());
        assertThat(domainEntities).isNotEmpty();
        assertThat(mapped).containsAll(domainEntities);
    }
}
