package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageProbeTest {

    @Test
    void wildcardAddressesAreReachedOnLoopback() {
        assertThat(LoginPageProbe.baseUrl("0.0.0.0", 8080)).hasToString("http://127.0.0.1:8080/");
        assertThat(LoginPageProbe.baseUrl("::", 8080)).hasToString("http://127.0.0.1:8080/");
    }

    @Test
    void specificAddressesAreUsedAsGiven() {
        assertThat(LoginPageProbe.baseUrl("127.0.0.1", 18080)).hasToString("http://127.0.0.1:18080/");
        assertThat(LoginPageProbe.baseUrl("::1", 8080)).hasToString("http://[::1]:8080/");
        assertThat(LoginPageProbe.baseUrl("portal.example", 80)).hasToString("http://portal.example:80/");
    }
}
