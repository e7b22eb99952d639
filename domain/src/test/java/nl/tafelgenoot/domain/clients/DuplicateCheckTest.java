package nl.tafelgenoot.domain.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The warning on a possible duplicate client: same name and date of birth, or same phone. */
class DuplicateCheckTest {

    private static final LocalDate BORN = LocalDate.of(1941, 3, 14);

    private static Client existing(String given, String prefix, String surname, LocalDate born, String phone) {
        Client client = new Client(given, prefix, surname);
        client.setDateOfBirth(born);
        client.setPhone(phone);
        return client;
    }

    @Test
    void sameNameAndBirthDateIsAPossibleDuplicateWhateverTheCaseAccentsOrSpaces() {
        Client jose = existing("José", "van", "Dijk", BORN, null);
        assertThat(new DuplicateCheck("jose ", "DIJK", BORN, null).reasons(jose))
                .containsExactly(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
        assertThat(new DuplicateCheck("Jose", "van  Dijk", BORN, null).reasons(existing("José", null, "Van Dijk", BORN, null)))
                .containsExactly(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
    }

    @Test
    void sameNameWithAnotherOrUnknownBirthDateIsSomeoneElse() {
        Client jose = existing("José", "van", "Dijk", BORN, null);
        assertThat(new DuplicateCheck("José", "Dijk", BORN.plusDays(1), null).reasons(jose)).isEmpty();
        assertThat(new DuplicateCheck("José", "Dijk", null, null).reasons(jose)).isEmpty();
        assertThat(new DuplicateCheck("José", "Dijk", BORN, null).reasons(existing("José", null, "Dijk", null, null)))
                .isEmpty();
    }

    @Test
    void sameBirthDateWithAnotherNameIsSomeoneElse() {
        assertThat(new DuplicateCheck("Joke", "Dijk", BORN, null).reasons(existing("José", null, "Dijk", BORN, null)))
                .isEmpty();
        assertThat(new DuplicateCheck("José", "Dijkstra", BORN, null).reasons(existing("José", null, "Dijk", BORN, null)))
                .isEmpty();
    }

    @Test
    void samePhoneTypedDifferentlyIsAPossibleDuplicateEvenWithAnotherName() {
        Client partner = existing("Henk", null, "Jansen", null, "06-12345678");
        assertThat(new DuplicateCheck("Ria", "Jansen", null, "+31 6 1234 5678").reasons(partner))
                .containsExactly(DuplicateReason.SAME_PHONE);
        assertThat(new DuplicateCheck("Ria", "Jansen", null, "06-12345679").reasons(partner)).isEmpty();
    }

    @Test
    void noPhoneOnEitherSideNeverMatchesOnPhone() {
        assertThat(new DuplicateCheck("Ria", "Jansen", null, null).reasons(existing("Henk", null, "Bos", null, null)))
                .isEmpty();
        assertThat(new DuplicateCheck("Ria", "Jansen", null, "bel mij").reasons(existing("Henk", null, "Bos", null, null)))
                .isEmpty();
    }

    @Test
    void bothReasonsAtOnce() {
        Client same = existing("Ria", null, "Jansen", BORN, "030-1234567");
        assertThat(new DuplicateCheck("Ria", "Jansen", BORN, "0301234567").reasons(same))
                .containsExactlyInAnyOrder(DuplicateReason.SAME_NAME_AND_BIRTH_DATE, DuplicateReason.SAME_PHONE);
    }
}
