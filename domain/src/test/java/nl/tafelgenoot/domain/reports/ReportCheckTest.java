package nl.tafelgenoot.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.reports.ReportCheckInput.Difference;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The report check: only once the report is in, dates that fit the status, no BSN, Dutch messages. */
class ReportCheckTest {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .defaultLocale(Locale.forLanguageTag("nl-NL"))
            .buildValidatorFactory().getValidator();
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    private static final LocalDate INTERVIEW = LocalDate.of(2026, 3, 2);
    private static final LocalDate REPORT = LocalDate.of(2026, 3, 12);

    private static SupportCase supportCase(LocalDate reportReceivedOn) {
        SupportCase c = new SupportCase(new Client("Jan", null, "Jansen"), Law.WMO, "Zeist", "Hulp bij douchen",
                Set.of(LifeDomain.PERSONAL_CARE), LocalDate.of(2026, 2, 1));
        c.recordDates(LocalDate.of(2026, 2, 1), INTERVIEW, reportReceivedOn, null);
        return c;
    }

    private static ReportCheckInput input(SignedStatus status, LocalDate signed, LocalDate responded,
                                          List<Difference> differences) {
        return new ReportCheckInput(ReportCheckInput.NEW, status, signed, responded, true, differences);
    }

    private static Set<String> messages(ReportCheck check) {
        return VALIDATOR.validate(check).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }

    @Test
    void aReportIsCheckedOnlyOnceItHasComeIn() {
        ReportCheck check = new ReportCheck(supportCase(null));
        check.record(input(SignedStatus.NOT_YET, null, null, List.of()), 7, NOW);
        assertThat(messages(check)).singleElement().asString().startsWith("Een verslag kunt u pas nalopen als het binnen is");
    }

    @Test
    void differencesAreKeptInOrderAndDatesFollowTheStatus() {
        ReportCheck check = new ReportCheck(supportCase(REPORT));
        check.record(input(SignedStatus.SIGNED, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15), List.of(
                new Difference("  Er staat dat de dochter dagelijks helpt. ", "Zij helpt eens per week."),
                new Difference("Traplift niet genoemd", " "))), 7, NOW);
        assertThat(messages(check)).isEmpty();
        assertThat(check.getRespondedOn()).as("not signed and responded at once").isNull();
        assertThat(check.isExtraConversationAsked()).as("only with a response").isFalse();
        assertThat(check.getDifferences()).extracting(ReportDifference::getReportSays)
                .containsExactly("Er staat dat de dochter dagelijks helpt.", "Traplift niet genoemd");
        assertThat(check.getDifferences().get(1).getSaidOrAgreed()).isNull();
        assertThat(check.getCheckedBy()).isEqualTo(7);

        check.record(input(SignedStatus.RESPONDED, null, LocalDate.of(2026, 3, 15), List.of()), 8, NOW);
        assertThat(check.getDifferences()).isEmpty();
        assertThat(check.getSignedOn()).isNull();
        assertThat(check.isExtraConversationAsked()).isTrue();
    }

    @Test
    void signedOrRespondedNeedsItsDateNotBeforeTheReport() {
        ReportCheck signed = new ReportCheck(supportCase(REPORT));
        signed.record(input(SignedStatus.SIGNED, null, null, List.of()), 7, NOW);
        assertThat(messages(signed)).containsExactly("Vul in op welke datum de cliënt het verslag heeft getekend.");

        ReportCheck early = new ReportCheck(supportCase(REPORT));
        early.record(input(SignedStatus.RESPONDED, null, REPORT.minusDays(1), List.of()), 7, NOW);
        assertThat(messages(early)).containsExactly(
                "Deze datum kan niet vóór de datum liggen waarop het verslag is ontvangen.");

        ReportCheck future = new ReportCheck(supportCase(REPORT));
        future.record(input(SignedStatus.SIGNED, LocalDate.now().plusDays(3), null, List.of()), 7, NOW);
        assertThat(messages(future)).containsExactly("Deze datum mag niet in de toekomst liggen.");
    }

    @Test
    void aDifferenceNeedsTextWithoutBsnAndWithinItsLength() {
        ReportCheck check = new ReportCheck(supportCase(REPORT));
        check.record(input(SignedStatus.NOT_YET, null, null, List.of(
                new Difference(" ", null),
                new Difference("BSN 111222333 staat erin", null),
                new Difference("x".repeat(ReportDifference.MAX_LENGTH + 1), "y"))), 7, NOW);
        assertThat(messages(check)).containsExactlyInAnyOrder(
                "Beschrijf wat er in het verslag staat dat niet klopt.",
                "Deze tekst lijkt een burgerservicenummer (BSN) te bevatten. Dat mogen wij niet vastleggen: haal het nummer weg.",
                "Gebruik hier hoogstens 1000 tekens.");
    }

    @Test
    void atMostFiftyDifferences() {
        ReportCheck check = new ReportCheck(supportCase(REPORT));
        check.record(input(SignedStatus.NOT_YET, null, null,
                Collections.nCopies(ReportCheck.MAX_DIFFERENCES + 1, new Difference("Klopt niet", null))), 7, NOW);
        assertThat(messages(check)).containsExactly("Noteer hoogstens 50 verschillen.");
    }
}
