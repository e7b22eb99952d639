package nl.tafelgenoot.domain.intake;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.tafelgenoot.domain.mail.PortalLinks;

/**
 * The texts of the intake's mails, in Dutch (accounts hold no language yet): an offer to an
 * advisor, cases handed over, the coordinators' weekly digest. Like every mail of the portal
 * they name topics, municipalities and case references, never a client.
 */
final class IntakeMails {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("nl.tafelgenoot.domain.intake.IntakeTexts",
            DUTCH, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    record Mail(String subject, String body) {
    }

    private IntakeMails() {
    }

    static Mail offer(IntakeRequest request) {
        String topic = text("topic." + request.getTopic());
        return mail(format("offer.subject", topic, request.getMunicipality()),
                format("offer.body", topic, request.getMunicipality(),
                        PortalLinks.to("aanmeldingen/" + request.getPublicId()),
                        request.isUrgent() ? text("offer.urgent") : ""));
    }

    static Mail handover(List<String> references) {
        return mail(format("handover.subject", references.size()),
                format("handover.body", references.size(), String.join(", ", references), PortalLinks.to("")));
    }

    /** The question of a case handed back to the queue, in the organisation's language. */
    static String handoverNote(String reference, String advisorName) {
        return format("handover.note", reference, advisorName);
    }

    static Mail digest(WeeklyDigest digest) {
        StringBuilder waiting = new StringBuilder();
        digest.waiting().forEach(w -> waiting.append(format("digest.waiting", w.days(), text("topic." + w.topic()))));
        StringBuilder overdue = new StringBuilder();
        digest.overdue().forEach(o -> overdue.append(format("digest.overdue", o.reference(), o.ruleId())));
        return mail(format("digest.subject", digest.week(), digest.newRequests(), digest.waitingCount(),
                        digest.overdueCount()),
                format("digest.body", digest.week(), digest.newRequests(), digest.waitingCount(),
                        digest.overdueCount(), digest.silentCases(), PortalLinks.to("aanmeldingen"),
                        PortalLinks.to("overzicht"), waiting, overdue));
    }

    private static Mail mail(String subject, String body) {
        return new Mail(subject, body + "\n\n" + text("footer"));
    }

    private static String text(String key) {
        return TEXTS.getString(key);
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(text(key), DUTCH).format(arguments);
    }
}
