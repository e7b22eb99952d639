package nl.tafelgenoot.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.domain.statistics.Statistics.Durations;
import nl.tafelgenoot.domain.statistics.Statistics.MedianDays;
import org.junit.jupiter.api.Test;

/** Medians of days per municipality (most cases first) and over all; a backwards span is left out. */
class DurationsTest {

    private static final LocalDate D = LocalDate.of(2026, 1, 1);

    @Test
    void mediansPerMunicipalityAndOverAll() {
        Durations durations = Durations.of(List.of(
                span("Zeist", 10), span("Zeist", 20), span("Zeist", 40),
                span("Utrecht", 3), span("Utrecht", 5),
                span("Bunnik", 7),
                new DateSpan("Bunnik", D.plusDays(5), D)));
        assertThat(durations.perMunicipality()).extracting(MedianDays::municipality)
                .containsExactly("Zeist", "Utrecht", "Bunnik");
        MedianDays zeist = durations.perMunicipality().get(0);
        assertThat(zeist.cases()).isEqualTo(3);
        assertThat(zeist.median().getAsDouble()).isEqualTo(20.0);
        assertThat(durations.perMunicipality().get(1).median().getAsDouble()).as("even count").isEqualTo(4.0);
        assertThat(durations.perMunicipality().get(2).cases()).as("the backwards span left out").isEqualTo(1);
        assertThat(durations.overall().municipality()).isNull();
        assertThat(durations.overall().cases()).isEqualTo(6);
        assertThat(durations.overall().median().getAsDouble()).as("3 5 7 10 20 40").isEqualTo(8.5);
    }

    @Test
    void noSpans() {
        Durations none = Durations.of(List.of());
        assertThat(none.perMunicipality()).isEmpty();
        assertThat(none.overall().cases()).isZero();
        assertThat(none.overall().median()).isEmpty();
    }

    private static DateSpan span(String municipality, int days) {
        return new DateSpan(municipality, D, D.plusDays(days));
    }
}
