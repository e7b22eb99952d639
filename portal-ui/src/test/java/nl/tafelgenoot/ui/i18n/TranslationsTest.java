package nl.tafelgenoot.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every screen text exists in Dutch and in English, and Dutch stays the default. */
class TranslationsTest {

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .toList().stream();
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/i18n", file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void dutchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties dutch = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).as(bundle + " in English").isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch).isNotEmpty();
    }

    /**
     * Texts with placeholders go through MessageFormat, which swallows a single apostrophe
     * ("client's" would print as "clients {0}..."); such texts must write it twice.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void textsWithPlaceholdersDoubleTheirApostrophes(String bundle) throws IOException {
        for (String file : new String[] {bundle + ".properties", bundle + "_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text.replace("''", "")).as(file + ": " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void dutchIsTheLanguageForBrowsersThatAskForNeitherLanguage() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("login.submit", java.util.Locale.GERMAN)).isEqualTo("Inloggen");
        assertThat(translations.getTranslation("login.submit", java.util.Locale.forLanguageTag("en-US"))).isEqualTo("Log in");
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Translations.DUTCH);
    }

    static Stream<String> enumTexts() {
        return Stream.of(
                        keys("audit.action.", nl.tafelgenoot.domain.audit.AuditAction.values()),
                        keys("platform.kind.", nl.tafelgenoot.domain.organisations.OrganisationKind.values()),
                        keys("platform.status.", nl.tafelgenoot.domain.organisations.OrganisationStatus.values()),
                        keys("phase.", nl.tafelgenoot.domain.cases.CasePhase.values()),
                        keys("law.", nl.tafelgenoot.domain.cases.Law.values()),
                        keys("lifeDomain.", nl.tafelgenoot.domain.cases.LifeDomain.values()),
                        keys("deadlineStatus.", nl.tafelgenoot.domain.cases.DeadlineStatus.values()),
                        keys("deadlineRule.", nl.tafelgenoot.domain.deadlines.DeadlineRule.values()),
                        keys("trigger.", nl.tafelgenoot.domain.deadlines.Trigger.values()),
                        keys("holiday.", nl.tafelgenoot.domain.deadlines.Holiday.values()),
                        keys("interviewPlace.", nl.tafelgenoot.domain.interviews.InterviewPlace.values()),
                        keys("contactPreference.", nl.tafelgenoot.domain.clients.ContactPreference.values()),
                        keys("checklistItem.", nl.tafelgenoot.domain.preparation.ChecklistItem.values()),
                        keys("interviewQuestion.", nl.tafelgenoot.domain.preparation.InterviewQuestion.values()),
                        keys("helpFrequency.", nl.tafelgenoot.domain.preparation.HelpFrequency.values()),
                        keys("taskSource.", nl.tafelgenoot.domain.tasks.TaskSource.values()),
                        keys("signedStatus.", nl.tafelgenoot.domain.reports.SignedStatus.values()),
                        keys("tasks.party.", nl.tafelgenoot.domain.tasks.TaskParty.values()),
                        keys("decisionOutcome.", nl.tafelgenoot.domain.objections.DecisionOutcome.values()),
                        keys("objectionOutcome.", nl.tafelgenoot.domain.objections.ObjectionOutcome.values()),
                        keys("objectionState.", nl.tafelgenoot.domain.objections.ObjectionState.values()),
                        keys("objection.step.", nl.tafelgenoot.domain.objections.ObjectionState.values()),
                        keys("lateExcuse.", nl.tafelgenoot.domain.objections.LateExcuse.values()),
                        keys("documentKind.", nl.tafelgenoot.domain.documents.DocumentKind.values()),
                        keys("mailStatus.", nl.tafelgenoot.domain.mail.MailStatus.values()),
                        keys("people.role.", nl.tafelgenoot.domain.accounts.Role.values()),
                        keys("people.state.", nl.tafelgenoot.domain.people.PersonState.values()),
                        keys("letters.kind.", nl.tafelgenoot.domain.letters.LetterKind.values()),
                        keys("letters.file.", nl.tafelgenoot.domain.letters.LetterKind.values()),
                        keys("letters.request.", nl.tafelgenoot.domain.letters.LateDecision.Request.values()),
                        keys("letters.notice.submitted.", nl.tafelgenoot.domain.letters.LateDecision.Request.values()),
                        keys("letters.missing.", nl.tafelgenoot.domain.letters.MissingItem.values()),
                        keys("advisorStatus.", nl.tafelgenoot.domain.advisors.AdvisorStatus.values()),
                        keys("expertise.", nl.tafelgenoot.domain.advisors.Expertise.values()),
                        keys("matchReason.", nl.tafelgenoot.domain.advisors.MatchReason.values()),
                        keys("intake.status.", nl.tafelgenoot.domain.intake.IntakeStatus.values()),
                        keys("intake.channel.", nl.tafelgenoot.domain.intake.IntakeChannel.values()),
                        keys("intake.origin.", nl.tafelgenoot.domain.intake.IntakeOrigin.values()),
                        keys("intake.topic.", nl.tafelgenoot.domain.intake.IntakeTopic.values()),
                        keys("booking.topic.", nl.tafelgenoot.domain.intake.IntakeTopic.values()),
                        keys("booking.mode.", nl.tafelgenoot.domain.booking.MeetingMode.values()),
                        keys("offerAnswer.", nl.tafelgenoot.domain.intake.OfferAnswer.values()),
                        keys("duplicateReason.", nl.tafelgenoot.domain.clients.DuplicateReason.values()),
                        keys("settings.confirmation.", nl.tafelgenoot.domain.organisations.BookingConfirmation.values()),
                        keys("agenda.status.", nl.tafelgenoot.domain.booking.AppointmentStatus.values()),
                        keys("agenda.mode.", nl.tafelgenoot.domain.booking.MeetingMode.values()),
                        keys("agenda.changedBy.", nl.tafelgenoot.domain.booking.ChangedBy.values()))
                .flatMap(s -> s);
    }

    private static Stream<String> keys(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(v -> prefix + v.name());
    }

    @ParameterizedTest
    @MethodSource("enumTexts")
    void everyValueShownOnScreenHasATextInBothLanguages(String key) {
        Translations translations = new Translations();
        assertThat(translations.getTranslation(key, Translations.DUTCH)).doesNotStartWith("!");
        assertThat(translations.getTranslation(key, Translations.ENGLISH)).doesNotStartWith("!");
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(new Translations().getTranslation("no.such.key", Translations.DUTCH)).isEqualTo("!no.such.key");
    }
}
