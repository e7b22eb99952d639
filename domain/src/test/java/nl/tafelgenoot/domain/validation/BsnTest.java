package nl.tafelgenoot.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"BSN 111222333", "bsn: 123456782", "nummer 123.456.782 genoemd", "1234-56-782", "123 456 782"})
    void findsANumberThatPassesTheElevenTest(String text) {
        assertThat(Bsn.occursIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"belt op 0306912345", "123456789", "000000000", "rekening 1234567890", "postcode 3701 GG", "12345678"})
    void ignoresNumbersThatAreNoBsn(String text) {
        assertThat(Bsn.occursIn(text)).isFalse();
    }

    @Test
    void theElevenTestWeighsNineDownToTwoAndSubtractsTheLastDigit() {
        // 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3 - 1*3 = 66, divisible by 11
        assertThat(Bsn.passesElevenTest("111222333")).isTrue();
        assertThat(Bsn.passesElevenTest("111222334")).isFalse();
    }
}
