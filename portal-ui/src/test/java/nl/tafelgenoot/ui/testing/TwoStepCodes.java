package nl.tafelgenoot.ui.testing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.tafelgenoot.domain.accounts.TwoFactor;
import nl.tafelgenoot.ui.demo.DemoSeeder;

/**
 * Codes of an authenticator app for the browser tests' logins. The portal accepts each 30-second
 * step once per account and one step ahead, so a second login of the same person in the same
 * step takes the next step's code; only a third one waits for the clock. All journeys of a run
 * share this JVM, so one record of steps used serves them all.
 */
public final class TwoStepCodes {

    private static final long STEP_SECONDS = 30;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>(Map.of(
            "beheerder@delinde.example", DemoSeeder.DEMO_ADMIN_TOTP_KEY,
            "beheerder@samenverder.example", DemoSeeder.DEMO_ADMIN_TOTP_KEY,
            "operator@tafelgenoot.example", DemoSeeder.DEMO_ADMIN_TOTP_KEY));
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private TwoStepCodes() {
    }

    /** For a person a test gave two-step verification, so {@link Browser#logIn} can log them in. */
    public static void register(String email, String key) {
        KEYS.put(email, key);
    }

    /** A code for the person that the portal has not seen yet. */
    public static synchronized String next(String email) {
        String key = KEYS.get(email);
        if (key == null) {
            throw new IllegalStateException(email + " was asked for a two-step code, but no test gave them a key");
        }
        long current = Instant.now().getEpochSecond() / STEP_SECONDS;
        long step = Math.max(current, LAST_STEP.getOrDefault(email, Long.MIN_VALUE) + 1);
        if (step > current + 1) {
            long waitSeconds = (step - 1) * STEP_SECONDS - Instant.now().getEpochSecond() + 1;
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(Math.max(1, waitSeconds)));
        }
        LAST_STEP.put(email, step);
        return TwoFactor.codeAt(key, Instant.ofEpochSecond(step * STEP_SECONDS));
    }

    /**
     * On "Inloggen en beveiliging" (open in the browser): starts setting up two-step verification
     * and returns the key the QR code holds, as the page also shows it for typing.
     */
    public static String startSetUp(Browser browser) {
        browser.click("twofactor-start");
        browser.waitForImage("twofactor-qr");
        return browser.text("twofactor-secret").replace("Sleutel:", "").replace(" ", "");
    }

    /**
     * Sets up two-step verification for the person logged in to the browser, on "Inloggen en
     * beveiliging" (open in the browser), confirmed with the app's current code; leaves the page
     * showing the recovery codes. Registers the key for later logins ({@link Browser#logIn}) and
     * returns it.
     */
    public static String setUp(Browser browser, String email) {
        String key = startSetUp(browser);
        register(email, key);
        browser.type("twofactor-code", next(email));
        browser.click("twofactor-confirm");
        browser.waitForText("twofactor-status", "Tweestapsverificatie staat nu aan.");
        return key;
    }
}
