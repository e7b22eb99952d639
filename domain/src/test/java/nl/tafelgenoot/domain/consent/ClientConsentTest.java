package nl.tafelgenoot.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import org.junit.jupiter.api.Test;

class ClientConsentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final Client client = new Client("Johanna", "van", "Dijk");

    private ClientConsent consent(Set<ConsentScope> scope) {
        return new ClientConsent(client, TODAY.minusDays(1), scope, ConsentMethod.ORAL, 7, Instant.now(), TODAY);
    }

    @Test
    void aRecordedConsentIsActiveForItsScopeOnly() {
        ClientConsent health = consent(Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS));
        assertThat(health.isActiveFor(ConsentScope.HEALTH_AND_CARE_NEEDS)).isTrue();
        assertThat(health.isActiveFor(ConsentScope.SHARE_WITH_MUNICIPALITY)).isFalse();
        assertThat(ClientConsent.anyActive(List.of(health), ConsentScope.HEALTH_AND_CARE_NEEDS)).isTrue();
        assertThat(ClientConsent.anyActive(List.of(), ConsentScope.HEALTH_AND_CARE_NEEDS)).isFalse();
    }

    @Test
    void aWithdrawnConsentIsNoLongerActiveAndCannotBeWithdrawnTwice() {
        ClientConsent both = consent(Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS, ConsentScope.SHARE_WITH_MUNICIPALITY));
        both.withdraw(TODAY, 8, Instant.now(), TODAY);
        assertThat(both.isWithdrawn()).isTrue();
        assertThat(both.isActiveFor(ConsentScope.HEALTH_AND_CARE_NEEDS)).isFalse();
        assertThat(both.getWithdrawnBy()).isEqualTo(8L);
        assertThatThrownBy(() -> both.withdraw(TODAY, 8, Instant.now(), TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWithdrawalBeforeTheConsentOrInTheFutureIsRefused() {
        ClientConsent health = consent(Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS));
        assertThatThrownBy(() -> health.withdraw(TODAY.minusDays(2), 8, Instant.now(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> health.withdraw(TODAY.plusDays(1), 8, Instant.now(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(health.isActiveFor(ConsentScope.HEALTH_AND_CARE_NEEDS)).isTrue();
    }

    @Test
    void aConsentNeedsADateNotInTheFutureAScopeAndAWay() {
        assertThatThrownBy(() -> new ClientConsent(client, TODAY.plusDays(1), Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS),
                ConsentMethod.WRITTEN, 7, Instant.now(), TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientConsent(client, TODAY, Set.of(), ConsentMethod.WRITTEN, 7, Instant.now(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientConsent(client, TODAY, Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS), null, 7,
                Instant.now(), TODAY)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void careNeedsAreLockedWithoutActiveConsentAndKeptAfterWithdrawal() {
        assertThatThrownBy(() -> client.recordCareNeeds("Valt vaak", false)).isInstanceOf(IllegalStateException.class);
        assertThat(client.getCareNeeds()).isNull();

        client.recordCareNeeds("  Valt vaak, slecht ter been ", true);
        assertThat(client.getCareNeeds()).isEqualTo("Valt vaak, slecht ter been");

        assertThatThrownBy(() -> client.recordCareNeeds(null, false)).isInstanceOf(IllegalStateException.class);
        assertThat(client.getCareNeeds()).isEqualTo("Valt vaak, slecht ter been");
    }

    @Test
    void theScopeIsStoredInOneColumnAndReadBack() {
        ConsentScopesConverter converter = new ConsentScopesConverter();
        String stored = converter.convertToDatabaseColumn(
                Set.of(ConsentScope.SHARE_WITH_MUNICIPALITY, ConsentScope.HEALTH_AND_CARE_NEEDS));
        assertThat(stored).isEqualTo("HEALTH_AND_CARE_NEEDS,SHARE_WITH_MUNICIPALITY");
        assertThat(converter.convertToEntityAttribute(stored))
                .containsExactlyInAnyOrder(ConsentScope.HEALTH_AND_CARE_NEEDS, ConsentScope.SHARE_WITH_MUNICIPALITY);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }
}
