package nl.tafelgenoot.domain.offboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;
import org.junit.jupiter.api.Test;

class OffboardingTest {

    private static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private static final String HASH = "a".repeat(64);

    private Offboarding started() {
        Offboarding offboarding = new Offboarding(7, 1, START);
        offboarding.addLink("beheer@example.nl", HASH);
        return offboarding;
    }

    @Test
    void theDataGoesThirtyDaysAfterTheStartAndNotBefore() {
        Offboarding offboarding = started();
        assertThat(offboarding.getPurgeAfter()).isEqualTo(Instant.parse("2026-12-24T10:00:00Z"));
        assertThat(offboarding.isDue(START.plus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
        assertThatThrownBy(() -> offboarding.purged(START.plus(Duration.ofDays(29)), List.of()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(offboarding.isDue(START.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void theLinkOpensTheExportOnlyWithItsSecretAndOnlyDuringTheWaitingPeriod() {
        Offboarding offboarding = started();
        assertThat(offboarding.usableLink(HASH, START.plusSeconds(60))).isPresent();
        assertThat(offboarding.usableLink("b".repeat(64), START.plusSeconds(60))).isEmpty();
        assertThat(offboarding.usableLink(HASH, offboarding.getPurgeAfter())).as("expired with the deletion").isEmpty();
        offboarding.downloaded(HASH, START.plusSeconds(60));
        offboarding.downloaded(HASH, START.plusSeconds(120));
        assertThat(offboarding.downloads()).isEqualTo(2);
        assertThat(offboarding.getLinks().get(0).getLastDownloadAt()).isEqualTo(START.plusSeconds(120));
    }

    @Test
    void cancellingStopsTheLinksAndTheDeletion() {
        Offboarding offboarding = started();
        offboarding.cancel(1, START.plusSeconds(60));
        assertThat(offboarding.usableLink(HASH, START.plusSeconds(61))).isEmpty();
        assertThat(offboarding.isDue(START.plus(Duration.ofDays(40)))).isFalse();
        assertThatThrownBy(() -> offboarding.cancel(1, START.plusSeconds(90))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDeletionIsRecordedOnceWithItsCountsAndTheLinksGo() {
        Offboarding offboarding = started();
        offboarding.downloaded(HASH, START.plusSeconds(60));
        Instant due = offboarding.getPurgeAfter();
        offboarding.purged(due, List.of(new TableCount("client", 3), new TableCount("support_case", 4)));
        assertThat(offboarding.getRowsDeleted()).isEqualTo(7);
        assertThat(offboarding.getPurgeSummary()).isEqualTo("client: 3\nsupport_case: 4");
        assertThat(offboarding.getLinks()).as("the addresses are personal data").isEmpty();
        assertThat(offboarding.downloads()).as("the count stays").isEqualTo(1);
        assertThatThrownBy(() -> offboarding.purged(due.plusSeconds(1), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOrganisationBeingOffboardedIsNeitherSuspendedNorReactivatedUntilTheOffboardingIsCalledOff() {
        Organisation organisation = new Organisation("weg", "Weg", OrganisationKind.OTHER, START);
        organisation.changePlatformDetails("info@weg.nl", "Utrecht");
        organisation.startOffboarding();
        assertThat(organisation.isActive()).isFalse();
        assertThatThrownBy(organisation::reactivate).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(organisation::suspend).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(organisation::startOffboarding).isInstanceOf(IllegalStateException.class);
        organisation.cancelOffboarding();
        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.SUSPENDED);
        organisation.startOffboarding();
        organisation.markOffboarded();
        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.OFFBOARDED);
        assertThat(organisation.getContactEmail()).isNull();
        assertThatThrownBy(organisation::startOffboarding).isInstanceOf(IllegalStateException.class);
    }
}
