package nl.tafelgenoot.domain.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Hands one mail of the outbox to the SMTP server of {@link MailSettings}, with Jakarta Mail (the
 * implementation is the application server's). Plain UTF-8 text, or with a calendar attachment
 * the text and an iCalendar part ({@link #withCalendar}), marked as sent by a machine
 * ({@code Auto-Submitted}), so out-of-office replies stay away. Every network step has a time-out
 * well inside the {@link RetryPolicy#CLAIM claim}, so a hanging server cannot make a claim expire
 * while the mail is still being sent.
 */
public class SmtpMailer {

    static final int TIMEOUT_MILLIS = 30_000;

    /** The name under which a mail's calendar is attached. */
    public static final String CALENDAR_FILE = "afspraak.ics";

    private final MailSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    public SmtpMailer(MailSettings settings, Clock clock) {
        if (!settings.isConfigured()) {
            throw new IllegalArgumentException("no mail server configured");
        }
        this.settings = settings;
        this.clock = Objects.requireNonNull(clock);
        this.session = Session.getInstance(properties(settings));
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(MailSettings.FROM + " is not an e-mail address: " + settings.from(), e);
        }
    }

    private static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        p.setProperty("mail.smtp.auth", Boolean.toString(settings.logsIn()));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        if (settings.port() == MailSettings.SMTPS_PORT) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (settings.startTls() || settings.port() == MailSettings.SMTPS_PORT) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** Sends the mail, or throws why not; the outbox records the outcome. */
    public void send(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO,
                    new InternetAddress(mail.getRecipientAddress(), mail.getRecipientName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        Optional<CalendarAttachment> calendar = mail.getCalendar();
        if (calendar.isEmpty()) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        } else {
            message.setContent(withCalendar(mail.getBody(), calendar.get()));
        }
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.saveChanges();
        if (settings.logsIn()) {
            Transport.send(message, settings.user(), settings.password());
        } else {
            Transport.send(message);
        }
    }

    /**
     * multipart/mixed: the text, then the calendar as {@code text/calendar; method=...}, an
     * attachment named {@value #CALENDAR_FILE}. Outlook, Gmail and Apple Mail recognise the type
     * and method and show an invitation (or its update or cancellation); other programs offer the
     * file, which any calendar opens.
     */
    static MimeMultipart withCalendar(String body, CalendarAttachment calendar) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, StandardCharsets.UTF_8.name());
        MimeBodyPart ics = new MimeBodyPart();
        ics.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar.ics().getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + calendar.method())));
        ics.setFileName(CALENDAR_FILE);
        ics.setDisposition(Part.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text);
        mixed.addBodyPart(ics);
        return mixed;
    }
}
