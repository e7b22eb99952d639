package nl.tafelgenoot.ui.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.consent.ClientConsent;
import nl.tafelgenoot.domain.consent.ConsentMethod;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.consent.ConsentScope;
import nl.tafelgenoot.domain.consent.ConsentService;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.NetworkService;
import nl.tafelgenoot.domain.network.Relation;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Consent and network inside Payara Micro: only people who may see the client reach its consent
 * and network (not an advisor without a case of the client, never another organisation); care
 * needs and a carer's own needs are refused without their basis. Works on clients it registers
 * itself, so the demo clients the browser journeys use stay as they are.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";

    @Inject
    ClientService clients;

    @Inject
    ConsentService consents;

    @Inject
    NetworkService network;

    /** A client Anna registers herself: she sees it, Pieter (no case of it) does not. */
    private String annasNewClient() {
        Client draft = new Client("Toos", null, "Toestemming-" + UUID.randomUUID().toString().substring(0, 8));
        return as(ANNA, linde, () -> clients.register(draft)).getPublicId();
    }

    private long version(String clientId) {
        return as(ANNA, linde, () -> clients.find(clientId)).orElseThrow().getVersion();
    }

    private static NetworkMember daughter() {
        NetworkMember member = new NetworkMember();
        member.setName("Marieke");
        member.setRelation(Relation.CHILD);
        member.setInformalCarer(true);
        member.setCurrentHelp("Doet de boodschappen");
        return member;
    }

    private static void assertRefused(Class<? extends Throwable> cause, Executable work) {
        RuntimeException refused = (RuntimeException) assertThrows(RuntimeException.class, work);
        assertTrue(Failures.causedBy(refused, cause), refused.toString());
    }

    private void assertUnreachable(String person, TenantId tenant, String clientId) {
        assertRefused(NotFoundException.class, () -> as(person, tenant, () -> consents.consents(clientId)));
        assertRefused(NotFoundException.class, () -> as(person, tenant, () -> network.members(clientId)));
        assertRefused(NotFoundException.class, () -> as(person, tenant, () -> consents.record(clientId,
                LocalDate.now().minusDays(1), Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS), ConsentMethod.ORAL)));
        assertRefused(NotFoundException.class, () -> as(person, tenant, () -> network.save(clientId, daughter())));
    }

    @Test
    void onlyThoseWhoMaySeeTheClientReachItsConsentAndNetwork() {
        String clientId = annasNewClient();
        as(ANNA, linde, () -> consents.record(clientId, LocalDate.now().minusDays(1),
                Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS), ConsentMethod.WRITTEN));
        NetworkMember saved = as(ANNA, linde, () -> network.save(clientId, daughter()));

        assertUnreachable(PIETER, linde, clientId);
        assertUnreachable(SAMEN_COORDINATOR, samen, clientId);
        for (var outsider : List.of(java.util.Map.entry(PIETER, linde), java.util.Map.entry(SAMEN_COORDINATOR, samen))) {
            assertRefused(NotFoundException.class, () -> as(outsider.getKey(), outsider.getValue(),
                    () -> { network.remove(clientId, saved.getPublicId(), saved.getVersion()); return null; }));
        }

        assertEquals(1, as(ANNA, linde, () -> consents.consents(clientId)).size());
        assertEquals(1, as(LINDE_COORDINATOR, linde, () -> network.members(clientId)).size());
    }

    @Test
    void someoneTakenOutOfTheNetworkIsGoneButAStaleCopyCannotRemoveAChangedOne() {
        String clientId = annasNewClient();
        NetworkMember saved = as(ANNA, linde, () -> network.save(clientId, daughter()));
        NetworkMember changed = as(ANNA, linde, () -> {
            NetworkMember copy = network.members(clientId).get(0);
            copy.setCurrentHelp("Doet nu ook de was");
            return network.save(clientId, copy);
        });
        assertRefused(jakarta.persistence.OptimisticLockException.class, () -> as(ANNA, linde,
                () -> { network.remove(clientId, saved.getPublicId(), saved.getVersion()); return null; }));

        as(ANNA, linde, () -> { network.remove(clientId, changed.getPublicId(), changed.getVersion()); return null; });
        assertTrue(as(LINDE_COORDINATOR, linde, () -> network.members(clientId)).isEmpty());
    }

    @Test
    void careNeedsAreRefusedWithoutConsentAndLockedAgainAfterWithdrawal() {
        String clientId = annasNewClient();
        long unchanged = version(clientId);
        assertRefused(ConsentRequired.class,
                () -> as(ANNA, linde, () -> consents.recordCareNeeds(clientId, unchanged, "Valt vaak")));
        assertEquals(null, as(ANNA, linde, () -> clients.find(clientId)).orElseThrow().getCareNeeds());

        ClientConsent consent = as(ANNA, linde, () -> consents.record(clientId, LocalDate.now().minusDays(1),
                Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS, ConsentScope.SHARE_WITH_MUNICIPALITY), ConsentMethod.ORAL));
        long beforeCareNeeds = version(clientId);
        as(ANNA, linde, () -> consents.recordCareNeeds(clientId, beforeCareNeeds, "Valt vaak, slecht ter been"));
        assertTrue(as(ANNA, linde, () -> consents.hasConsent(clientId, ConsentScope.HEALTH_AND_CARE_NEEDS)));

        as(ANNA, linde, () -> consents.withdraw(clientId, consent.getPublicId(), LocalDate.now()));
        assertFalse(as(ANNA, linde, () -> consents.hasConsent(clientId, ConsentScope.HEALTH_AND_CARE_NEEDS)));
        long afterWithdrawal = version(clientId);
        assertRefused(ConsentRequired.class,
                () -> as(ANNA, linde, () -> consents.recordCareNeeds(clientId, afterWithdrawal, "Gewijzigd")));
        assertEquals("Valt vaak, slecht ter been",
                as(ANNA, linde, () -> clients.find(clientId)).orElseThrow().getCareNeeds());
    }

    @Test
    void aCarersOwnNeedsNeedTheCarersOwnConsentAndTheRepresentativeComesFirst() {
        String clientId = annasNewClient();
        NetworkMember worried = daughter();
        worried.setCarerWorries("Ik houd het niet lang meer vol");
        assertRefused(ConsentRequired.class, () -> as(ANNA, linde, () -> network.save(clientId, worried)));
        assertTrue(as(ANNA, linde, () -> network.members(clientId)).isEmpty());

        worried.setCarerConsentOn(LocalDate.now().minusDays(2));
        as(ANNA, linde, () -> network.save(clientId, worried));
        NetworkMember representative = new NetworkMember();
        representative.setName("Mr. De Wit");
        representative.setRelation(Relation.LEGAL_REPRESENTATIVE);
        as(ANNA, linde, () -> network.save(clientId, representative));

        List<NetworkMember> members = as(ANNA, linde, () -> network.members(clientId));
        assertEquals(List.of("Mr. De Wit", "Marieke"), members.stream().map(NetworkMember::getName).toList());
        assertEquals("Ik houd het niet lang meer vol", members.get(1).getCarerWorries());
    }
}
