package nl.tafelgenoot.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterCheckTest {

    static final Letterhead LINDE = new Letterhead("Seniorenvereniging De Linde, afdeling Zeist",
            List.of("Postbus 12", "3700 AA  Zeist"));
    static final Objector JOHANNA = new Objector("Johanna van Dijk-Öztürk", "Dorpsstraat 12", "3701 AB", "Zeist");
    static final Municipality ZEIST = new Municipality("Zeist", List.of("Postbus 513", "3700 AM  Zeist"));
    static final DecisionReference DECISION = new DecisionReference(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 2, 13),
            "WMO-2026-0815", "huishoudelijke hulp");
    static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    static LetterContent proForma() {
        return LetterContent.proFormaObjection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION);
    }

    static LetterContent objection() {
        return LetterContent.objection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION,
                List.of("De gemeente heeft niet gekeken naar wat mijn dochter nog kan.", "Drie uur per week is te weinig."));
    }

    static LetterContent notice() {
        return LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist",
                new LateDecision(LateDecision.Request.APPLICATION, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 29),
                        "huishoudelijke hulp", null));
    }

    @Test
    void completeLettersOfEveryKindLackNothing() {
        assertThat(LetterCheck.missing(proForma())).isEmpty();
        assertThat(LetterCheck.missing(objection())).isEmpty();
        assertThat(LetterCheck.missing(notice())).isEmpty();
        LetterCheck.requireComplete(objection());
    }

    @Test
    void aMissingOrPartialAddressIsNamed() {
        for (Objector partial : List.of(new Objector("Johanna van Dijk", null, "3701 AB", "Zeist"),
                new Objector("Johanna van Dijk", "Dorpsstraat 12", " ", "Zeist"),
                new Objector("Johanna van Dijk", "Dorpsstraat 12", "3701 AB", ""))) {
            LetterContent letter = LetterContent.proFormaObjection(LINDE, partial, ZEIST, MARCH_3, "Zeist", DECISION);
            assertThat(LetterCheck.missing(letter)).as(partial.toString()).containsExactly(MissingItem.OBJECTOR_ADDRESS);
        }
    }

    @Test
    void withoutAnObjectorBothNameAndAddressAreMissing() {
        LetterContent letter = LetterContent.objection(LINDE, null, ZEIST, MARCH_3, null, DECISION, List.of("Te weinig uren."));
        assertThat(LetterCheck.missing(letter)).containsExactly(MissingItem.OBJECTOR_NAME, MissingItem.OBJECTOR_ADDRESS);
    }

    @Test
    void anObjectionMustDescribeTheDecisionByDateAndReference() {
        LetterContent noDecision = LetterContent.proFormaObjection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", null);
        assertThat(LetterCheck.missing(noDecision)).containsExactly(MissingItem.DECISION_DATE, MissingItem.DECISION_REFERENCE);
        LetterContent noReference = LetterContent.proFormaObjection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist",
                new DecisionReference(LocalDate.of(2026, 2, 12), null, "  ", null));
        assertThat(LetterCheck.missing(noReference)).containsExactly(MissingItem.DECISION_REFERENCE);
    }

    @Test
    void aFullObjectionNeedsAGroundWithTextButAProFormaOneAnnouncesThem() {
        LetterContent blankGrounds = LetterContent.objection(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", DECISION,
                Arrays.asList(" ", null, ""));
        assertThat(LetterCheck.missing(blankGrounds)).containsExactly(MissingItem.GROUNDS);
        assertThat(blankGrounds.filledGrounds()).isEmpty();
        assertThat(LetterCheck.missing(proForma())).doesNotContain(MissingItem.GROUNDS);
    }

    @Test
    void everyLetterNeedsADateAMunicipalityAndTheOrganisationsName() {
        LetterContent bare = new LetterContent(LetterKind.PRO_FORMA_OBJECTION, new Letterhead(" ", null), JOHANNA,
                new Municipality(null, null), null, null, DECISION, null, null);
        assertThat(LetterCheck.missing(bare))
                .containsExactly(MissingItem.ORGANISATION_NAME, MissingItem.MUNICIPALITY, MissingItem.LETTER_DATE);
    }

    @Test
    void aNoticeOfDefaultNeedsTheRequestDateAndThePassedDeadlineNotADecision() {
        LetterContent letter = LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist", null);
        assertThat(LetterCheck.missing(letter)).containsExactly(MissingItem.APPLICATION_DATE, MissingItem.PASSED_DEADLINE);
        LetterContent noDeadline = LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, MARCH_3, "Zeist",
                new LateDecision(LateDecision.Request.OBJECTION, LocalDate.of(2026, 1, 15), null, null, null));
        assertThat(LetterCheck.missing(noDeadline)).containsExactly(MissingItem.PASSED_DEADLINE);
    }

    @Test
    void aNoticeOfDefaultDatedOnOrBeforeTheLastDayOfTheTermIsPremature() {
        LateDecision late = new LateDecision(null, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 29), null, null);
        assertThat(late.request()).isEqualTo(LateDecision.Request.APPLICATION);
        LetterContent onTheLastDay = LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, LocalDate.of(2026, 1, 29), null, late);
        assertThat(LetterCheck.missing(onTheLastDay)).containsExactly(MissingItem.DEADLINE_NOT_YET_PASSED);
        LetterContent theDayAfter = LetterContent.noticeOfDefault(LINDE, JOHANNA, ZEIST, LocalDate.of(2026, 1, 30), null, late);
        assertThat(LetterCheck.missing(theDayAfter)).isEmpty();
    }

    @Test
    void requireCompleteNamesEveryMissingItem() {
        LetterContent letter = LetterContent.objection(LINDE, new Objector("Johanna van Dijk", null, null, null), ZEIST,
                MARCH_3, "Zeist", DECISION, List.of());
        assertThatThrownBy(() -> LetterCheck.requireComplete(letter))
                .isInstanceOfSatisfying(IncompleteLetterException.class, e -> {
                    assertThat(e.missing()).containsExactly(MissingItem.OBJECTOR_ADDRESS, MissingItem.GROUNDS);
                    assertThat(e.getMessage()).contains("OBJECTOR_ADDRESS", "GROUNDS");
                });
    }
}
