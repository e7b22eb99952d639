package nl.tafelgenoot.ui.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditEntry;
import nl.tafelgenoot.domain.audit.AuditService;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.NoTenantException;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The client service inside Payara Micro with the real datasource, transactions, Shiro and the
 * tenant interceptor. Acts as demo advisors of two organisations and attacks across the line.
 */
@ExtendWith(ArquillianExtension.class)
class ClientServiceIT extends InContainerTest {

    @Inject
    ClientService clients;

    @Inject
    AuditService audit;

    private List<Client> all(String email, TenantId tenant) {
        return as(email, tenant, () -> clients.search(ClientFilter.ALL, new PageRequest(0, 500)));
    }

    @Test
    void readingAClientIsWrittenToTheAuditTrailOfItsOrganisation() throws Exception {
        Client ofLinde = all("anna.visser@delinde.example", linde).get(0);
        as("anna.visser@delinde.example", linde, () -> clients.find(ofLinde.getPublicId()));
        long annaId = accounts.findActiveByEmail("anna.visser@delinde.example").orElseThrow().getId();

        try (var c = java.sql.DriverManager.getConnection(System.getProperty("TAFELGENOOT_DB_URL"),
                System.getProperty("TAFELGENOOT_DB_USER"), System.getProperty("TAFELGENOOT_DB_PASSWORD", ""));
             var s = c.prepareStatement("select tenant_id from audit_event where client_ref = ? and account_id = ?"
                     + " and action = 'CLIENT_VIEWED'")) {
            s.setString(1, ofLinde.getPublicId());
            s.setLong(2, annaId);
            try (var rows = s.executeQuery()) {
                assertTrue(rows.next(), "an audit event for the read");
                assertEquals(linde.value(), rows.getLong(1));
            }
        }
    }

    @Test
    void aCoordinatorReadsWhoLookedAtAClientButAnAdvisorAndAnotherOrganisationCannot() {
        Client ofLinde = all("anna.visser@delinde.example", linde).get(0);
        as("anna.visser@delinde.example", linde, () -> clients.find(ofLinde.getPublicId()));

        List<AuditEntry> trail = as(LINDE_COORDINATOR, linde, () -> audit.forClient(ofLinde.getPublicId()));
        assertTrue(trail.stream().anyMatch(e -> e.who().equals("Anna Visser") && e.action() == AuditAction.CLIENT_VIEWED),
                trail.toString());

        RuntimeException advisor = assertThrows(RuntimeException.class,
                () -> as("anna.visser@delinde.example", linde, () -> audit.forClient(ofLinde.getPublicId())));
        assertTrue(Failures.causedBy(advisor, AccessDeniedException.class), advisor.toString());
        RuntimeException foreign = assertThrows(RuntimeException.class,
                () -> as(SAMEN_COORDINATOR, samen, () -> audit.forClient(ofLinde.getPublicId())));
        assertTrue(Failures.causedBy(foreign, NotFoundException.class), foreign.toString());
    }

    @Test
    void aCoordinatorListsOnlyTheClientsOfTheirOrganisation() {
        List<String> lindeIds = all(LINDE_COORDINATOR, linde).stream().map(Client::getPublicId).toList();
        List<String> samenIds = all(SAMEN_COORDINATOR, samen).stream().map(Client::getPublicId).toList();

        assertTrue(lindeIds.size() >= 15);
        assertTrue(samenIds.size() >= 15);
        assertTrue(lindeIds.stream().noneMatch(samenIds::contains), "no client appears in both organisations");
        long counted = as(LINDE_COORDINATOR, linde, () -> clients.count(ClientFilter.ALL));
        assertEquals(lindeIds.size(), counted);
    }

    @Test
    void anAdvisorListsOnlyTheClientsOfTheirCases() {
        List<String> annas = all("anna.visser@delinde.example", linde).stream().map(Client::getFullName).toList();
        assertTrue(annas.containsAll(List.of("Johanna van Dijk", "Cornelis Bakker")), annas.toString());
        assertFalse(annas.contains("Gerrit Vermeulen"), "a client of Pieter's case only");
        Client pieters = all("pieter.smit@delinde.example", linde).stream()
                .filter(c -> c.getFullName().equals("Gerrit Vermeulen")).findFirst().orElseThrow();
        assertTrue(as("anna.visser@delinde.example", linde, () -> clients.find(pieters.getPublicId())).isEmpty());
    }

    @Test
    void anotherOrganisationsClientIdIsNotFound() {
        Client ofSamen = all(SAMEN_COORDINATOR, samen).get(0);

        assertTrue(as("anna.visser@delinde.example", linde, () -> clients.find(ofSamen.getPublicId())).isEmpty());
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> clients.find(ofSamen.getPublicId())).isPresent());
        assertTrue(as("anna.visser@delinde.example", linde, () -> clients.find("1")).isEmpty());
    }

    @Test
    void aPersonCannotWorkInAnOrganisationTheyDoNotBelongTo() {
        assertThrows(AccessDeniedException.class,
                () -> as("anna.visser@delinde.example", samen, () -> clients.count(ClientFilter.ALL)));
    }

    @Test
    void anotherOrganisationsClientCannotBeChanged() {
        Client ofSamen = all(SAMEN_COORDINATOR, samen).get(0);
        String originalNotes = ofSamen.getNotes();
        ofSamen.setNotes("Gewijzigd door een andere organisatie");

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as("anna.visser@delinde.example", linde, () -> clients.update(ofSamen)));
        assertTrue(Failures.causedBy(refused, NotFoundException.class), refused.toString());

        Client reread = as(SAMEN_COORDINATOR, samen, () -> clients.find(ofSamen.getPublicId())).orElseThrow();
        assertEquals(originalNotes, reread.getNotes());
    }

    @Test
    void registeringValidatesOnTheServerAndNumbersPerOrganisation() {
        Client invalid = new Client("Test", null, "Ongeldig");
        invalid.setPostcode("12345");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as("anna.visser@delinde.example", linde, () -> clients.register(invalid)));
        assertTrue(Failures.causedBy(refused, ConstraintViolationException.class), refused.toString());

        Client valid = new Client("Test", "van", "Geldig");
        valid.setPostcode("3701ab");
        Client registered = as("anna.visser@delinde.example", linde, () -> clients.register(valid));
        assertEquals("3701 AB", registered.getPostcode());
        assertTrue(registered.getNumber() > 15);
        assertTrue(as("anna.visser@delinde.example", linde, () -> clients.find(registered.getPublicId())).isPresent(),
                "an advisor keeps seeing the client they registered");
        assertFalse(as("pieter.smit@delinde.example", linde, () -> clients.find(registered.getPublicId())).isPresent());
        assertFalse(as(SAMEN_COORDINATOR, samen, () -> clients.find(registered.getPublicId())).isPresent());
    }

    @Test
    void aClientsMunicipalityComesFromTheReferenceListInItsOfficialName() {
        Client inAVillage = new Client("Test", null, "Dorp");
        inAVillage.setMunicipality("Groenekan");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as("anna.visser@delinde.example", linde, () -> clients.register(inAVillage)));
        assertTrue(Failures.causedBy(refused, UnknownMunicipality.class), refused.toString());

        Client inTheHague = new Client("Test", null, "Residentie");
        inTheHague.setMunicipality(" den haag ");
        Client registered = as("anna.visser@delinde.example", linde, () -> clients.register(inTheHague));
        assertEquals("'s-Gravenhage", registered.getMunicipality());
    }

    @Test
    void twoAdvisorsChangingOneClientGetAConflictNotASilentOverwrite() {
        String id = all(LINDE_COORDINATOR, linde).get(1).getPublicId();
        Client first = as(LINDE_COORDINATOR, linde, () -> clients.find(id)).orElseThrow();
        Client second = as(LINDE_ADMIN, linde, () -> clients.find(id)).orElseThrow();

        first.setPhone("030-1111111");
        as(LINDE_COORDINATOR, linde, () -> clients.update(first));
        second.setPhone("030-2222222");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(LINDE_ADMIN, linde, () -> clients.update(second)));
        assertTrue(Failures.causedBy(refused, jakarta.persistence.OptimisticLockException.class), refused.toString());

        Client stored = as(LINDE_COORDINATOR, linde, () -> clients.find(id)).orElseThrow();
        assertEquals("030-1111111", stored.getPhone());
    }

    @Test
    void withoutTenantNothingIsRead() {
        tenantContext.clear();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as("anna.visser@delinde.example", null, () -> clients.count(ClientFilter.ALL)));
        assertTrue(Failures.causedBy(refused, NoTenantException.class), refused.toString());
    }
}
