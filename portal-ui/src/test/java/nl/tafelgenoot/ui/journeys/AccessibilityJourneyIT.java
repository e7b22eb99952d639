package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.List;
import nl.tafelgenoot.ui.testing.Axe.AxeViolation;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.SharedPortal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login page, which every member and employee passes, read by axe-core's WCAG 2.1 AA rules
 * in a real headless Chromium, at normal size and zoomed to 200% as many elderly members read.
 * Also shows that the checks themselves find faults, so that a green run means something.
 */
@ExtendWith(SharedPortal.class)
class AccessibilityJourneyIT {

    @SharedPortal.Url
    URL base;

    @Test
    void theLoginPageHasNoSeriousOrCriticalViolations() {
        for (String language : List.of("nl-NL", "en-GB")) {
            try (Browser browser = new Browser(base, language)) {
                browser.open("login");
                browser.axe().assertNoSeriousOrCritical();
                // Not even minor or moderate ones: the page is a main landmark, so none of its content lies
                // outside one. Vaadin's connection indicator (shown only when the server is unreachable)
                // sits beside the view and is not ours to place.
                assertThat(browser.axe().violations()).as("all axe violations (%s)", language)
                        .filteredOn(v -> !v.targets().equals(List.of("vaadin-connection-indicator")))
                        .isEmpty();
            }
        }
    }

    @Test
    void aRefusedLoginStaysFreeOfSeriousViolations() {
        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open("login");
            browser.type("email", "niemand@example.org");
            browser.type("password", "verkeerd-wachtwoord");
            browser.click("login-submit");
            browser.waitForText("login-message", "Inloggen is niet gelukt");
            browser.axe().assertNoSeriousOrCritical();
        }
    }

    @Test
    void theLoginPageIsUsableAtTwoHundredPercentZoom() {
        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open("login");
            int normalWidth = browser.viewportWidth();
            browser.zoom(2.0);
            assertThat(browser.viewportWidth()).isBetween(normalWidth / 2 - 1, normalWidth / 2 + 1);
            assertThat(browser.hasNoHorizontalScroll()).isTrue();
            browser.axe().assertNoSeriousOrCritical();

            // Still works as a login form at that size.
            browser.type("email", "niemand@example.org");
            browser.type("password", "verkeerd-wachtwoord");
            browser.click("login-submit");
            browser.waitForText("login-message", "Inloggen is niet gelukt");
            assertThat(browser.hasNoHorizontalScroll()).isTrue();

            browser.zoom(1.0);
            assertThat(browser.viewportWidth()).isEqualTo(normalWidth);
        }
    }

    @Test
    void theCheckerFindsAnImageWithoutAltAndAFieldWithoutLabel() {
        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.openHtml("<!doctype html><html lang='nl'><head><title>Fout</title></head><body><main>"
                    + "<h1>Proef</h1><img src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' width='40' height='40'>"
                    + "<input type='text' id='nameless'></main></body></html>");
            List<AxeViolation> found = browser.axe().seriousOrCritical();
            assertThat(found).extracting(AxeViolation::id).contains("image-alt", "label");
            assertThat(found).filteredOn(v -> v.id().equals("label")).singleElement()
                    .satisfies(v -> assertThat(v.targets()).containsExactly("#nameless"));
            assertThatThrownBy(() -> browser.axe().assertNoSeriousOrCritical())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("#nameless");

            // The same page put right passes: the checker does not simply complain about everything.
            browser.openHtml("<!doctype html><html lang='nl'><head><title>Goed</title></head><body><main>"
                    + "<h1>Proef</h1><img src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7' width='40' height='40' alt='Logo'>"
                    + "<label for='named'>Naam</label><input type='text' id='named'></main></body></html>");
            assertThat(browser.axe().seriousOrCritical()).isEmpty();
        }
    }

    @Test
    void theCheckerFindsAFaultPutIntoTheLoginPage() {
        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.open("login");
            browser.appendToPage("<input type='text' id='unlabelled-field'>");
            assertThat(browser.axe().seriousOrCritical()).filteredOn(v -> v.id().equals("label")).singleElement()
                    .satisfies(v -> assertThat(v.targets()).containsExactly("#unlabelled-field"));
        }
    }

    @Test
    void theZoomCheckFindsAPageTooWideAtTwoHundredPercent() {
        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.openHtml("<!doctype html><html lang='nl'><head><title>Breed</title></head><body style='margin:0'>"
                    + "<div style='width:900px'>Een vaste breedte van 900 pixels</div></body></html>");
            assertThat(browser.hasNoHorizontalScroll()).isTrue();
            browser.zoom(2.0);
            assertThat(browser.hasNoHorizontalScroll()).isFalse();
        }
    }

    /**
     * A date picker's open calendar is a dialog; a screen reader announces its name, "Kalender:"
     * and the field's label, in the page's language. axe checks the page with the calendar open,
     * and finds the dialog unnamed once that name is taken off again (so it does look at it).
     */
    @Test
    void anOpenCalendarIsNamedAfterItsField() {
        for (String[] language : new String[][] {{"nl-NL", "Kalender: Verzenddatum op de brief"},
                {"en-GB", "Calendar: Dispatch date on the letter"}}) {
            try (Browser browser = new Browser(base, language[0])) {
                browser.open("termijnen");
                browser.openCalendar("dispatch-date");
                assertThat(browser.calendarDialogs("dispatch-date")).as(language[0]).isNotEmpty()
                        .allSatisfy(name -> assertThat(name).isEqualTo(language[1]));
                assertThat(browser.axe().violations()).as(language[0]).extracting(AxeViolation::id)
                        .doesNotContain("aria-dialog-name");
                browser.axe().assertNoSeriousOrCritical();

                browser.removeCalendarName("dispatch-date");
                assertThat(browser.axe().violations()).as(language[0]).extracting(AxeViolation::id)
                        .contains("aria-dialog-name");
            }
        }
    }
}
