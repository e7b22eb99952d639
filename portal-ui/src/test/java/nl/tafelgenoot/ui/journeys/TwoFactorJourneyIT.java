package nl.tafelgenoot.ui.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.tafelgenoot.domain.accounts.TwoFactor;
import nl.tafelgenoot.ui.testing.Browser;
import nl.tafelgenoot.ui.testing.JourneyDatabase;
import nl.tafelgenoot.ui.testing.SharedPortal;
import nl.tafelgenoot.ui.testing.TwoStepCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An advisor sets up two-step verification with the key an authenticator app would read from the
 * QR code, keeps the recovery codes, and from then on logs in with a code after the password: a
 * wrong code refused, the app's code accepted, a recovery code accepted once and refused the
 * second time. Turning it off with a recovery code makes the password enough again.
 */
@ExtendWith(SharedPortal.class)
class TwoFactorJourneyIT {

    private static final String PASSWORD = "Demo-wachtwoord-2026";

    @SharedPortal.Url
    URL base;

    @Test
    void anAdvisorLogsInWithACodeFromTheAppOrARecoveryCodeOnce() throws SQLException {
        String email = "bram.vos-" + UUID.randomUUID().toString().substring(0, 8) + "@delinde.example";
        JourneyDatabase.addAccount(email, "Bram Vos", PASSWORD, "de-linde-zeist", "ADVISOR");
        String secret;
        List<String> recovery;

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.logIn(email, PASSWORD, null);
            browser.click("own-account");
            browser.waitForText("twofactor-status", "Tweestapsverificatie staat uit.");
            secret = TwoStepCodes.startSetUp(browser);
            browser.axe().assertNoSeriousOrCritical();
            assertThat(secret).matches("[A-Z2-7]{32}");

            browser.type("twofactor-code", "000000".equals(code(secret, 0)) ? "111111" : "000000");
            browser.click("twofactor-confirm");
            assertThat(browser.fieldError("twofactor-code")).startsWith("Deze code klopt niet");
            browser.type("twofactor-code", code(secret, 0));
            browser.click("twofactor-confirm");
            browser.waitForText("twofactor-status", "Tweestapsverificatie staat nu aan.");
            recovery = List.of(browser.text("twofactor-recovery").split("\\R"));
            assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}"));
            browser.click("twofactor-recovery-done");
            browser.waitForText("twofactor-status", "U hebt nog 10 ongebruikte herstelcodes.");
            browser.click("logout");
            browser.waitForPath("/login");

            enterPassword(browser, email);
            browser.waitForText("login-message", "Uw wachtwoord klopt. Vul nu de code uit uw authenticator-app in.");
            browser.type("login-code", "12345");
            browser.click("login-submit");
            browser.waitForText("login-message", "Deze code klopt niet of is al gebruikt.");
            assertThat(browser.path()).isEqualTo("/login");
            browser.type("login-code", code(secret, 30));
            browser.click("login-submit");
            browser.waitForText("current-user", "Bram Vos");
            browser.click("logout");
            browser.waitForPath("/login");

            enterPassword(browser, email);
            browser.waitForText("login-message", "Vul nu de code");
            browser.type("login-code", recovery.get(0).toLowerCase());
            browser.click("login-submit");
            browser.waitForText("current-user", "Bram Vos");
            browser.click("logout");
            browser.waitForPath("/login");

            enterPassword(browser, email);
            browser.waitForText("login-message", "Vul nu de code");
            browser.type("login-code", recovery.get(0));
            browser.click("login-submit");
            browser.waitForText("login-message", "Deze code klopt niet of is al gebruikt.");
            browser.type("login-code", recovery.get(1));
            browser.click("login-submit");
            browser.waitForText("current-user", "Bram Vos");

            browser.click("own-account");
            browser.waitForText("twofactor-status", "U hebt nog 8 ongebruikte herstelcodes.");
            browser.type("twofactor-stop-code", recovery.get(2));
            browser.click("twofactor-stop");
            browser.waitForText("twofactor-status", "Tweestapsverificatie staat uit.");
            browser.click("logout");
            browser.waitForPath("/login");
            browser.logIn(email, PASSWORD, null);
            assertThat(browser.text("current-user")).contains("Bram Vos");
        }
    }

    @Test
    void anAdminWithoutTwoStepVerificationGetsNothingElseUntilItIsSetUp() throws SQLException {
        String email = "nina.jansen-" + UUID.randomUUID().toString().substring(0, 8) + "@delinde.example";
        JourneyDatabase.addAccount(email, "Nina Jansen", PASSWORD, "de-linde-zeist", "ADMIN");

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.logIn(email, PASSWORD, null);
            browser.waitForPath("/mijn-inlog");
            browser.waitForText("twofactor-required", "Beheerders en platformbeheerders loggen in met tweestapsverificatie.");
            browser.open("beheer/uitgaande-mail");
            browser.waitForPath("/mijn-inlog");
            assertThat(browser.exists("outbox")).isFalse();

            TwoStepCodes.setUp(browser, email);
            browser.click("twofactor-recovery-done");
            browser.waitForText("twofactor-status", "U hebt nog 10 ongebruikte herstelcodes.");
            assertThat(browser.exists("twofactor-stop")).as("an admin keeps it on").isFalse();

            browser.open("beheer/uitgaande-mail");
            browser.waitForPath("/beheer/uitgaande-mail");
            browser.waitForText("outbox-no-server", "Er is geen mailserver ingesteld");
        }
    }

    @Test
    void aPlatformOperatorWithoutTwoStepVerificationGetsNothingElseUntilItIsSetUp() throws SQLException {
        String email = "operator-" + UUID.randomUUID().toString().substring(0, 8) + "@tafelgenoot.example";
        JourneyDatabase.addOperator(email, "Olga Operator", PASSWORD);

        try (Browser browser = new Browser(base, "nl-NL")) {
            browser.logIn(email, PASSWORD, null);
            browser.waitForPath("/mijn-inlog");
            browser.open("platform");
            browser.waitForPath("/mijn-inlog");
            assertThat(browser.exists("organisations")).isFalse();

            TwoStepCodes.setUp(browser, email);
            browser.click("twofactor-recovery-done");
            assertThat(browser.exists("twofactor-stop")).as("an operator keeps it on").isFalse();

            browser.open("platform");
            browser.waitForPath("/platform");
            browser.waitForText("org-de-linde-zeist", "Seniorenvereniging De Linde");
        }
    }

    /** The app's code, {@code seconds} from now: a code is used once, so the next login takes the next one. */
    private static String code(String secret, int seconds) {
        return TwoFactor.codeAt(secret, Instant.now().plusSeconds(seconds));
    }

    private static void enterPassword(Browser browser, String email) {
        browser.open("login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.click("login-submit");
    }
}
