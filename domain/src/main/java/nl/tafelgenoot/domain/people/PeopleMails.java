package nl.tafelgenoot.domain.people;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelgenoot.domain.mail.PortalLinks;

/**
 * The Dutch texts of the invitation and access-reset mails (accounts hold no language yet). Both
 * carry a secret link, so they are queued as confidential: the outbox never shows their body.
 */
final class PeopleMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH)
            .withZone(ZoneId.of("Europe/Amsterdam"));

    record Mail(String subject, String body) {
    }

    private PeopleMails() {
    }

    static String link(String token) {
        return PortalLinks.to("uitnodiging/" + token);
    }

    static Mail invitation(String name, String organisation, String token, StaffInvitation invitation) {
        return new Mail(MessageFormat.format("Uitnodiging: werken in Tafelgenoot voor {0}", organisation),
                MessageFormat.format("""
                        Beste {0},

                        {1} nodigt u uit om in Tafelgenoot mee te werken. Open deze link om de uitnodiging \
                        aan te nemen:

                        {2}

                        Heeft u nog geen account, dan kiest u daar zelf uw wachtwoord. De link werkt één keer \
                        en tot {3}.

                        Verwachtte u deze uitnodiging niet? Dan kunt u deze mail negeren.""",
                        name, organisation, link(token), WHEN.format(invitation.getExpiresAt())));
    }

    static Mail reset(String name, String organisation, String token, StaffInvitation reset) {
        return new Mail("Kies een nieuw wachtwoord voor Tafelgenoot",
                MessageFormat.format("""
                        Beste {0},

                        De beheerder van {1} heeft uw toegang tot Tafelgenoot opnieuw ingesteld. Uw oude \
                        wachtwoord werkt niet meer en de inlog in twee stappen staat uit. Kies via deze link \
                        een nieuw wachtwoord:

                        {2}

                        De link werkt één keer en tot {3}. Zet daarna de inlog in twee stappen weer aan \
                        op de pagina Inloggen en beveiliging.""",
                        name, organisation, link(token), WHEN.format(reset.getExpiresAt())));
    }

    static Mail forgotten(String name, String token, StaffInvitation link) {
        return new Mail("Nieuw wachtwoord kiezen voor Tafelgenoot",
                MessageFormat.format("""
                        Beste {0},

                        Iemand (waarschijnlijk u) heeft gevraagd om een nieuw wachtwoord voor uw account \
                        in Tafelgenoot. Kies via deze link een nieuw wachtwoord:

                        {1}

                        De link werkt één keer en tot {2}. Uw inlog in twee stappen blijft aan.

                        Heeft u dit niet gevraagd? Dan kunt u deze mail negeren: uw wachtwoord blijft \
                        zoals het was.""",
                        name, link(token), WHEN.format(link.getExpiresAt())));
    }
}
