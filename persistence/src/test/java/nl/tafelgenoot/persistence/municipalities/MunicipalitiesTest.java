package nl.tafelgenoot.persistence.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/** The reference list of municipalities as the migrations load it, read through the application's code. */
class MunicipalitiesTest extends DatabaseTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private <T> T withList(java.util.function.Function<Municipalities, T> work) {
        return withoutTenant(em -> work.apply(new Municipalities(new JpaMunicipalityRepository(em), NOV_2026)));
    }

    @Test
    void theListHoldsEveryDutchMunicipalityOnceWithItsCbsCode() {
        List<Municipality> current = withList(Municipalities::current);
        assertThat(current).hasSize(342);
        assertThat(current).extracting(Municipality::getCode).doesNotHaveDuplicates().allMatch(c -> c.matches("GM\\d{4}"));
        assertThat(current).extracting(Municipality::getName)
                .contains("Zeist", "De Bilt", "Utrechtse Heuvelrug", "Súdwest-Fryslân", "Nuenen, Gerwen en Nederwetten");
    }

    @Test
    void theListIsAlphabeticalWithTheApostropheSIgnored() {
        List<String> names = withList(m -> m.current().stream().map(Municipality::getName).toList());
        assertThat(names.get(0)).isEqualTo("Aa en Hunze");
        assertThat(names.indexOf("'s-Gravenhage")).isBetween(names.indexOf("Gouda") + 1, names.indexOf("Groningen") - 1);
    }

    @Test
    void namesAreFoundWhateverTheCaseAndByTheirEverydayName() {
        assertThat(withList(m -> m.require("zeist")).toString()).isEqualTo("Zeist");
        assertThat(withList(m -> m.require("Den Haag")).toString()).isEqualTo("'s-Gravenhage");
        assertThat(withList(m -> m.require("den bosch")).toString()).isEqualTo("'s-Hertogenbosch");
        String blank = withList(m -> m.require("  "));
        assertThat(blank).isNull();
    }

    @Test
    void aVillageOrAMergedAwayMunicipalityIsRefused() {
        assertThatThrownBy(() -> withList(m -> m.require("Groenekan"))).isInstanceOf(UnknownMunicipality.class);
        assertThatThrownBy(() -> withList(m -> m.require("Hellevoetsluis"))).isInstanceOf(UnknownMunicipality.class);
    }
}
