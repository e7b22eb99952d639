package nl.tafelgenoot.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final List<String> ANNA = List.of("anna.visser@delinde.example", "Anna Visser");

    private static PasswordRefused refusal(String chosen, String repeat) {
        return catchThrowableOfType(PasswordRefused.class, () -> PasswordPolicy.require(chosen, repeat, ANNA));
    }

    @Test
    void aShortSentenceOfOrdinaryWordsIsAccepted() {
        assertThatCode(() -> PasswordPolicy.require("fiets kopje molen regen", "fiets kopje molen regen", ANNA))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.require("Demo-wachtwoord-2026", "Demo-wachtwoord-2026", ANNA))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kort", "Welkom01!"})
    void fewerThanTwelveCharactersAreRefused(String chosen) {
        PasswordRefused refused = refusal(chosen, chosen);
        assertThat(refused.key()).isIn("required", "tooShort");
        assertThat(refused.field()).isEqualTo("chosen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wachtwoord123", "Wachtwoord2026", "welkomwelkom", "123456789012", "qwertyuiopas",
            "password1234", "Feyenoord1908", "voorjaar2026!"})
    void commonAndDutchFavouritePasswordsAreRefusedWithAHint(String chosen) {
        PasswordRefused refused = refusal(chosen, chosen);
        assertThat(refused.key()).isEqualTo("tooEasy");
        assertThat(refused.hints(Locale.forLanguageTag("nl-NL"))).isNotEmpty()
                .doesNotContainAnyElementsOf(refused.hints(Locale.ENGLISH));
    }

    @Test
    void theOwnNameOrAddressMakesNoPassword() {
        assertThat(refusal("annavisser2026", "annavisser2026").key()).isEqualTo("tooEasy");
        assertThat(refusal("visserdelinde", "visserdelinde").key()).isEqualTo("tooEasy");
        assertThatCode(() -> PasswordPolicy.require("visserdelinde", "visserdelinde", List.of("Jan de Vries")))
                .as("the same letters are hard to guess for anyone not called Visser at De Linde")
                .doesNotThrowAnyException();
    }

    @Test
    void theRepeatMustMatchAndIsNamedAsTheField() {
        PasswordRefused refused = refusal("fiets kopje molen regen", "fiets kopje molen regen ");
        assertThat(refused.key()).isEqualTo("repeatDiffers");
        assertThat(refused.field()).isEqualTo("repeat");
    }

    @Test
    void moreThan128CharactersAreRefused() {
        String chosen = "fiets kopje molen regen ".repeat(6);
        assertThat(refusal(chosen, chosen).key()).isEqualTo("tooLong");
    }
}
