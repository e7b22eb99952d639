package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.audit.AuditFilter;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.audit.JpaAuditRepository;
import nl.tafelgenoot.persistence.clients.JpaClientRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin's search of the audit trail: each filter on its own and together, newest first, the
 * count equal to what is listed, and nothing of the other organisation (seeded alike, with the
 * same people and the same client number), neither events nor client numbers.
 */
class AuditSearchQueriesTest extends DatabaseTest {

    private static final long ANNA = 501;
    private static final long PIETER = 502;
    private static final Instant APRIL_1 = Instant.parse("2026-03-31T22:00:00Z");
    private static final Instant MAY_1 = Instant.parse("2026-04-30T22:00:00Z");
    private static final Instant JUNE_1 = Instant.parse("2026-05-31T22:00:00Z");

    private TenantId a;
    private TenantId b;
    private String clientOfA;
    private String clientOfB;

    @BeforeAll
    void twoOrganisationsWithTheSamePeopleAndClientNumbers() {
        a = newOrganisation("audit-a");
        b = newOrganisation("audit-b");
        clientOfA = asTenant(a, em -> seed(new JpaClientRepository(em), new JpaAuditRepository(em)));
        clientOfB = asTenant(b, em -> seed(new JpaClientRepository(em), new JpaAuditRepository(em)));
    }

    /** Client number 1; Anna views it twice in April and once on the last minute of May, Pieter once in April. */
    private static String seed(JpaClientRepository clients, JpaAuditRepository events) {
        Client client = new Client("Maria", null, "Kok");
        client.register(1, null, Instant.now());
        clients.add(client);
        String ref = client.getPublicId();
        events.add(new AuditEvent(APRIL_1.plusSeconds(3600), ANNA, AuditAction.CLIENT_VIEWED, ref));
        events.add(new AuditEvent(APRIL_1.plusSeconds(7200), ANNA, AuditAction.CASE_OPENED, null));
        events.add(new AuditEvent(APRIL_1.plusSeconds(9000), PIETER, AuditAction.CLIENT_CHANGED, ref));
        events.add(new AuditEvent(JUNE_1.minusSeconds(60), ANNA, AuditAction.CLIENT_VIEWED, ref));
        return ref;
    }

    private List<AuditEvent> search(TenantId tenant, AuditFilter filter, int offset, int limit) {
        return asTenant(tenant, em -> new JpaAuditRepository(em).search(filter, offset, limit));
    }

    private long count(TenantId tenant, AuditFilter filter) {
        return asTenant(tenant, em -> new JpaAuditRepository(em).count(filter));
    }

    @Test
    void theWholePeriodListsTheOrganisationsOwnEventsNewestFirst() {
        AuditFilter all = new AuditFilter(null, null, APRIL_1, JUNE_1);
        List<AuditEvent> found = search(a, all, 0, 50);
        assertThat(found).extracting(AuditEvent::getOccurredAt).containsExactly(JUNE_1.minusSeconds(60),
                APRIL_1.plusSeconds(9000), APRIL_1.plusSeconds(7200), APRIL_1.plusSeconds(3600));
        assertThat(found).extracting(AuditEvent::getClientRef).doesNotContain(clientOfB);
        assertThat(count(a, all)).isEqualTo(4);
        assertThat(search(a, all, 1, 2)).extracting(AuditEvent::getOccurredAt)
                .containsExactly(APRIL_1.plusSeconds(9000), APRIL_1.plusSeconds(7200));
    }

    @Test
    void personClientAndPeriodNarrowTheListAndTheCount() {
        AuditFilter annaInApril = new AuditFilter(ANNA, null, APRIL_1, MAY_1);
        assertThat(search(a, annaInApril, 0, 50)).extracting(AuditEvent::getAction)
                .containsExactly(AuditAction.CASE_OPENED, AuditAction.CLIENT_VIEWED);
        assertThat(count(a, annaInApril)).isEqualTo(2);

        AuditFilter client = new AuditFilter(null, clientOfA, APRIL_1, JUNE_1);
        assertThat(search(a, client, 0, 50)).extracting(AuditEvent::getAccountId).containsExactly(ANNA, PIETER, ANNA);
        assertThat(count(a, new AuditFilter(PIETER, clientOfA, APRIL_1, JUNE_1))).isEqualTo(1);
        assertThat(count(a, new AuditFilter(null, null, MAY_1, JUNE_1))).as("the last minute of May is in May").isEqualTo(1);
    }

    @Test
    void theOtherOrganisationsClientFindsNothingHere() {
        assertThat(search(a, new AuditFilter(null, clientOfB, APRIL_1, JUNE_1), 0, 50)).isEmpty();
        assertThat(count(a, new AuditFilter(null, clientOfB, APRIL_1, JUNE_1))).isZero();
        asTenant(a, em -> {
            var clients = new JpaClientRepository(em);
            assertThat(clients.findByNumber(1)).map(Client::getPublicId).contains(clientOfA);
            assertThat(clients.numbersOf(List.of(clientOfA, clientOfB))).isEqualTo(Map.of(clientOfA, 1));
            return null;
        });
    }
}
