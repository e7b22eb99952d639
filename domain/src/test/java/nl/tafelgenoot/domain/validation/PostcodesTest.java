package nl.tafelgenoot.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "1234AB", "1234ab", " 3701 gg ", "9999 ZZ"})
    void acceptsDutchPostcodesAsPeopleTypeThem(String postcode) {
        assertThat(Postcodes.isValid(postcode)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123 AB", "12345", "1234 A", "1234 ABC", "ABCD 12", "1234 SA", "1234 SS", "1234 SD", "12 34AB"})
    void refusesWhatIsNoDutchPostcode(String postcode) {
        assertThat(Postcodes.isValid(postcode)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1234ab,1234 AB", "' 3701 gg ',3701 GG", "12345,12345"})
    void normalisesToTheWrittenForm(String typed, String stored) {
        assertThat(Postcodes.normalise(typed)).isEqualTo(stored);
    }
}
