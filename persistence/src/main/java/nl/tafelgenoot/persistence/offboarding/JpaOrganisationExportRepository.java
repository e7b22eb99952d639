package nl.tafelgenoot.persistence.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.offboarding.OrganisationExportRepository;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationLetterhead;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.privacy.RowTexts;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * The organisation's export read through JPA: the kinds are the multitenant entities of the
 * metamodel (so a new one is exported without a change here), their rows read with EclipseLink's
 * tenant filter on every query and written by {@link RowTexts}; the organisation's own global rows
 * are found by the tenant bound now.
 */
@ApplicationScoped
public class JpaOrganisationExportRepository implements OrganisationExportRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    TenantContext tenant;

    public JpaOrganisationExportRepository() {
    }

    /** For tests outside the container. */
    public JpaOrganisationExportRepository(EntityManager em, AccountRepository accounts, TenantContext tenant) {
        this.em = em;
        this.accounts = accounts;
        this.tenant = tenant;
    }

    @Override
    public List<String> kinds() {
        var session = JpaHelper.getServerSession(em.getEntityManagerFactory());
        return em.getMetamodel().getEntities().stream()
                .filter(type -> session.getDescriptor(type.getJavaType()).hasMultitenantPolicy())
                .map(EntityType::getName).sorted().toList();
    }

    @Override
    public List<ClientDossier.Item> rows(String kind, int first, int max) {
        if (!kinds().contains(kind)) {
            throw new IllegalArgumentException("not a kind of the organisation's rows: " + kind);
        }
        RowTexts texts = new RowTexts(em, new HashMap<>());
        return em.createQuery("select x from " + kind + " x order by x.id").setFirstResult(first).setMaxResults(max)
                .getResultList().stream().map(texts::item).toList();
    }

    @Override
    public List<ClientDossier.Section> organisation() {
        TenantId here = tenant.require();
        RowTexts texts = new RowTexts(em, new HashMap<>());
        List<ClientDossier.Section> sections = new ArrayList<>();
        sections.add(new ClientDossier.Section("Organisation", List.of(texts.item(em.find(Organisation.class, here.value())))));
        OrganisationLetterhead letterhead = em.find(OrganisationLetterhead.class, here.value());
        if (letterhead != null) {
            List<ClientDossier.Field> fields = new ArrayList<>(texts.item(letterhead).fields());
            fields.add(new ClientDossier.Field("regions", String.join(", ", letterhead.getRegions())));
            sections.add(new ClientDossier.Section("OrganisationLetterhead", List.of(new ClientDossier.Item(fields))));
        }
        List<ClientDossier.Item> people = new ArrayList<>();
        for (Account person : accounts.members(here)) {
            people.add(new ClientDossier.Item(List.of(new ClientDossier.Field("displayName", person.getDisplayName()),
                    new ClientDossier.Field("email", person.getEmail()),
                    new ClientDossier.Field("roles", person.rolesIn(here).stream().map(Enum::name).sorted()
                            .collect(Collectors.joining(", "))),
                    new ClientDossier.Field("active", Boolean.toString(person.isActive())))));
        }
        sections.add(new ClientDossier.Section("Account", people));
        return sections;
    }

    @Override
    public List<String> clientPublicIds() {
        return em.createQuery("select c.publicId from Client c where c.erasedAt is null order by c.number", String.class)
                .getResultList();
    }
}
