package nl.tafelgenoot.domain.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.mail.PortalLinks;

/**
 * The text of a deadline reminder, in Dutch (the staff's language; accounts hold no language
 * yet): which case (by reference), which rule and article, the date and how many days are left,
 * and a link to the case. The link's base is {@code TAFELGENOOT_BASE_URL} (default
 * {@code http://localhost:8080/}). No client name, no case content.
 */
@ApplicationScoped
public class ReminderMails {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ResourceBundle texts = ResourceBundle.getBundle("nl.tafelgenoot.domain.reminders.ReminderTexts", DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    public record Mail(String subject, String body) {
    }

    public Mail compose(SupportCase c, CaseDeadline deadline, ReminderMoment moment, LocalDate today) {
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
        long days = Math.abs(ChronoUnit.DAYS.between(today, deadline.computed().date()));
        String rule = text("rule." + deadline.computed().rule());
        String subject = format("subject." + moment, c.getReference(), deadline.computed().ruleId(), rule, days);
        String body = format("body." + moment, c.getReference(), deadline.computed().ruleId(), rule,
                dates.format(deadline.computed().date()), days, deadline.computed().articles(),
                PortalLinks.to("casussen/" + c.getPublicId() + "/besluit"));
        return new Mail(subject, body + "\n\n" + text("footer"));
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text(key), DUTCH).format(arguments);
    }
}
