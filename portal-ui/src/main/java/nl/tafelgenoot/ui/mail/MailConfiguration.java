package nl.tafelgenoot.ui.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.tafelgenoot.domain.mail.MailSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The mail server settings ({@code TAFELGENOOT_SMTP_*}) from MicroProfile Config: environment
 * variables, or system properties of the same name, which win. Read once per start.
 */
@ApplicationScoped
public class MailConfiguration {

    @Produces
    @Singleton
    MailSettings settings() {
        Config config = ConfigProvider.getConfig();
        return MailSettings.read(name -> config.getOptionalValue(name, String.class).orElse(null));
    }
}
