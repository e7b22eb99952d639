package nl.tafelgenoot.ui.booking;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tafelgenoot.ui.layout.Contrast;
import org.junit.jupiter.api.Test;

/**
 * The header of a booking page is in the organisation's own colour: its name must stay readable
 * on it (WCAG AA), whatever colour the organisation chose, and a colour that is no colour falls
 * back to the portal's own.
 */
class BookingPageTest {

    @Test
    void darkColoursGetWhiteTextAndLightColoursBlack() {
        assertThat(Contrast.textOn("#2E6B30")).as("De Linde's green").isEqualTo("#ffffff");
        assertThat(Contrast.textOn("#6A2E7F")).as("Samen Verder's purple").isEqualTo("#ffffff");
        assertThat(Contrast.textOn("#FFD700")).as("a bright yellow").isEqualTo("#000000");
        assertThat(Contrast.textOn("#F0F0F0")).isEqualTo("#000000");
    }

    @Test
    void somethingThatIsNoColourFallsBackToThePortalsOwn() {
        assertThat(BookingPage.colour("#2E6B30")).isEqualTo("#2E6B30");
        assertThat(BookingPage.colour("red; background: url(x)")).isEqualTo("#1f4e79");
        assertThat(BookingPage.colour(null)).isEqualTo("#1f4e79");
    }
}
