package nl.tafelgenoot.domain.offboarding;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelgenoot.domain.mail.PortalLinks;

/**
 * The Dutch text of the mail with the export link (accounts hold no language yet). It carries a
 * secret link, so it is queued as confidential: the outbox never shows its body.
 */
public final class OffboardingMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    /** One mail: to whom, and what it says. */
    public record Mail(String to, String name, String subject, String body) {
    }

    private OffboardingMails() {
    }

    public static String link(String token) {
        return PortalLinks.to("opzegging/" + token);
    }

    static Mail exportLink(String to, String name, String organisation, String token, Instant purgeAfter) {
        return new Mail(to, name, MessageFormat.format("{0} verlaat Tafelgenoot: haal uw gegevens op", organisation),
                MessageFormat.format("""
                        Beste {0},

                        Het gebruik van Tafelgenoot door {1} wordt beëindigd. Vanaf nu kan niemand van {1} \
                        meer inloggen en is de boekingspagina uit de lucht.

                        Via deze link haalt u alle gegevens van {1} op, in één ZIP-bestand: per cliënt een \
                        leesbare PDF, dezelfde gegevens als JSON en de documenten, en alle opgeslagen \
                        gegevens per soort:

                        {2}

                        De link werkt tot {3}. Op die dag worden alle gegevens van {1} definitief verwijderd; \
                        dat kan daarna niet meer ongedaan worden gemaakt. Bewaar het bestand veilig: het \
                        bevat gegevens over de gezondheid van cliënten.

                        Is dit een vergissing? Neem dan vóór {3} contact op met het platformbeheer van \
                        Tafelgenoot.""", name, organisation, link(token), DAY.format(purgeAfter)));
    }
}
