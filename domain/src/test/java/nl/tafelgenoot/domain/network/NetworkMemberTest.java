package nl.tafelgenoot.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.clients.Client;
import org.junit.jupiter.api.Test;

class NetworkMemberTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private final Client client = new Client("Johanna", "van", "Dijk");

    private NetworkMember member(String name, Relation relation) {
        NetworkMember m = new NetworkMember(client);
        m.setName(name);
        m.setRelation(relation);
        return m;
    }

    @Test
    void theLegalRepresentativeComesFirstThenPartnerThenFamilyThenOthers() {
        List<String> ordered = Stream.of(member("Buurvrouw Els", Relation.NEIGHBOUR), member("Kees", Relation.CHILD),
                        member("Mr. De Wit", Relation.LEGAL_REPRESENTATIVE), member("Anton", Relation.OTHER_FAMILY),
                        member("Henk", Relation.PARTNER), member("Vriend Bas", Relation.FRIEND))
                .sorted(NetworkMember.BY_WHO_MAY_ACT).map(NetworkMember::getName).toList();
        assertThat(ordered.subList(0, 2)).containsExactly("Mr. De Wit", "Henk");
        assertThat(ordered.subList(2, 4)).containsExactlyInAnyOrder("Kees", "Anton");
        assertThat(ordered.subList(4, 6)).containsExactlyInAnyOrder("Buurvrouw Els", "Vriend Bas");
    }

    @Test
    void aCarersOwnNeedsNeedTheCarersOwnConsent() {
        NetworkMember daughter = member("Marieke van Dijk", Relation.CHILD);
        daughter.setInformalCarer(true);
        assertThat(daughter.ownNeedsAreLawful()).isTrue();

        daughter.setCarerWorries("Ik houd het niet lang meer vol");
        assertThat(daughter.ownNeedsAreLawful()).isFalse();

        daughter.setCarerConsentOn(java.time.LocalDate.now().minusDays(1));
        assertThat(daughter.ownNeedsAreLawful()).isTrue();
    }

    @Test
    void aMemberNeedsANameAndARelationAndRefusesABsn() {
        NetworkMember empty = new NetworkMember(client);
        assertThat(VALIDATOR.validate(empty)).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "relation");

        NetworkMember withBsn = member("Kees", Relation.CHILD);
        withBsn.setCurrentHelp("Zijn BSN is 111222333");
        assertThat(VALIDATOR.validate(withBsn)).extracting(v -> v.getPropertyPath().toString())
                .containsExactly("currentHelp");
    }

    @Test
    void aDraftIsCopiedWithoutItsIdentity() {
        NetworkMember draft = member("Kees", Relation.CHILD);
        draft.setPhone("06-12345678");
        NetworkMember stored = new NetworkMember(client);
        stored.copyFrom(draft);
        assertThat(stored.getName()).isEqualTo("Kees");
        assertThat(stored.getPhone()).isEqualTo("06-12345678");
        assertThat(stored.getPublicId()).isNotEqualTo(draft.getPublicId());
        assertThat(stored.getClient()).isSameAs(client);
    }
}
