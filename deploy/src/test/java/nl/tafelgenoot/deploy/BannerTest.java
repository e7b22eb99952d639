package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BannerTest {

    @Test
    void showsUrlStartTimeAndEveryDemoLogin() {
        String text = Banner.text("http://127.0.0.1:8080/", Duration.ofMillis(12_345), true);

        assertThat(text).contains("http://127.0.0.1:8080/", "12.3 s", DemoLogins.PASSWORD,
                DemoLogins.DE_LINDE, DemoLogins.SAMEN_VERDER, "eva.dekker@example.org", "operator@tafelgenoot.example");
        DemoLogins.ALL.forEach(login -> assertThat(text).contains(login.email()));
        assertThat(text).contains("authenticator app", DemoLogins.ADMIN_TOTP_KEY);
    }

    @Test
    void withoutDemoDataNamesNoLogins() {
        String text = Banner.text("http://127.0.0.1:8080/", Duration.ofSeconds(9), false);

        assertThat(text).contains("http://127.0.0.1:8080/").doesNotContain(DemoLogins.PASSWORD, "@");
    }
}
