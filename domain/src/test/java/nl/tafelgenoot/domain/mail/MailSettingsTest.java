package nl.tafelgenoot.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TAFELGENOOT_SMTP_* settings and their defaults. */
class MailSettingsTest {

    private static MailSettings read(Map<String, String> env) {
        return MailSettings.read(env::get);
    }

    @Test
    void withoutAHostNothingIsSent() {
        assertThat(read(Map.of()).isConfigured()).isFalse();
        assertThat(read(Map.of(MailSettings.HOST, " ", MailSettings.USER, "x")).isConfigured()).isFalse();
    }

    @Test
    void aHostAloneIsPort25WithoutLoginOrTls() {
        MailSettings s = read(Map.of(MailSettings.HOST, "mail.example.nl"));
        assertThat(s.isConfigured()).isTrue();
        assertThat(s.port()).isEqualTo(25);
        assertThat(s.logsIn()).isFalse();
        assertThat(s.startTls()).isFalse();
        assertThat(s.from()).isEqualTo("tafelgenoot@mail.example.nl");
    }

    @Test
    void aUserMeansSubmissionOnPort587WithRequiredStartTls() {
        MailSettings s = read(Map.of(MailSettings.HOST, "smtp.example.nl", MailSettings.USER, "portal@delinde.example",
                MailSettings.PASSWORD, "geheim"));
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.logsIn()).isTrue();
        assertThat(s.startTls()).isTrue();
        assertThat(s.from()).as("the user, being an address").isEqualTo("portal@delinde.example");
        assertThat(s.toString()).doesNotContain("geheim");
    }

    @Test
    void explicitSettingsWin() {
        MailSettings s = read(Map.of(MailSettings.HOST, "smtp.example.nl", MailSettings.PORT, "2525",
                MailSettings.USER, "portal", MailSettings.STARTTLS, "false",
                MailSettings.FROM, "Tafelgenoot <noreply@example.nl>"));
        assertThat(s.port()).isEqualTo(2525);
        assertThat(s.startTls()).isFalse();
        assertThat(s.from()).isEqualTo("Tafelgenoot <noreply@example.nl>");
        assertThat(read(Map.of(MailSettings.HOST, "h", MailSettings.USER, "u", MailSettings.PORT, "465")).startTls())
                .as("465 is TLS from the start, not STARTTLS").isFalse();
    }

    @Test
    void nonsenseIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> read(Map.of(MailSettings.HOST, "h", MailSettings.PORT, "smtp")))
                .hasMessageContaining(MailSettings.PORT);
        assertThatThrownBy(() -> read(Map.of(MailSettings.HOST, "h", MailSettings.PORT, "70000")))
                .hasMessageContaining(MailSettings.PORT);
        assertThatThrownBy(() -> read(Map.of(MailSettings.HOST, "h", MailSettings.STARTTLS, "misschien")))
                .hasMessageContaining(MailSettings.STARTTLS);
    }
}
