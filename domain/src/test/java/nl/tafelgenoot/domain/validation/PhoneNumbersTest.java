package nl.tafelgenoot.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"030-6912345", "06-12345678", "06 1234 5678", "0343-512345", "(030) 691 23 45",
            "+31 6 12345678", "+31301234567", "0031 30 123 4567", ""})
    void acceptsDutchNumbersAsPeopleWriteThem(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "030-691234", "030-69123456", "+32 2 123 45 67", "0612345678x", "bel mij", "00-12345678"})
    void refusesWhatIsNoDutchNumber(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "06 1234 5678", "+31 6 12345678", "0031 6 1234 5678", "(06) 123-45678"})
    void givesOneKeyWhateverWayANumberIsTyped(String phone) {
        assertThat(PhoneNumbers.key(phone)).isEqualTo("0612345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "bel mij", "12345"})
    void givesNoKeyWithoutAValidNumber(String phone) {
        assertThat(PhoneNumbers.key(phone)).isNull();
    }
}
