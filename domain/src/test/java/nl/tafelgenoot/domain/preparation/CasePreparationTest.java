package nl.tafelgenoot.domain.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The rules of the preparation kit: one entry per date, one part per domain, ticks, nothing empty kept. */
class CasePreparationTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static SupportCase supportCase() {
        return new SupportCase(new Client("Johanna", "van", "Dijk"), Law.WMO, "Zeist", "Ik kom de trap niet meer op.",
                Set.of(LifeDomain.HOUSEHOLD), MONDAY);
    }

    private final CasePreparation preparation = new CasePreparation(supportCase());

    @Test
    void theDiaryKeepsAtMostOneEntryPerDateAndItCanBeChanged() {
        preparation.writeDiary(MONDAY, "Kon niet douchen");
        preparation.writeDiary(MONDAY.plusDays(1), "Boodschappen bleven liggen");
        preparation.writeDiary(MONDAY, "Kon niet douchen, ook niet met hulp van de buurvrouw");

        assertThat(preparation.getDiary()).hasSize(2);
        assertThat(preparation.getDiary().get(0).getEntryDate()).isEqualTo(MONDAY);
        assertThat(preparation.diaryOn(MONDAY)).contains("Kon niet douchen, ook niet met hulp van de buurvrouw");
    }

    @Test
    void anEmptiedDiaryDayIsRemovedAndTheDiaryIsInDateOrder() {
        preparation.writeDiary(MONDAY.plusDays(3), "Viel bijna in de badkamer");
        preparation.writeDiary(MONDAY, "Kon niet douchen");
        preparation.writeDiary(MONDAY.plusDays(1), "Eenzaam");
        preparation.writeDiary(MONDAY.plusDays(1), "   ");

        assertThat(preparation.getDiary()).extracting(DiaryEntry::getEntryDate)
                .containsExactly(MONDAY, MONDAY.plusDays(3));
    }

    @Test
    void checklistItemsAreTickedAndUnticked() {
        preparation.tick(ChecklistItem.IDENTITY_DOCUMENT, true);
        preparation.tick(ChecklistItem.TRUSTED_PERSON, true);
        preparation.tick(ChecklistItem.IDENTITY_DOCUMENT, false);

        assertThat(preparation.isTicked(ChecklistItem.TRUSTED_PERSON)).isTrue();
        assertThat(preparation.isTicked(ChecklistItem.IDENTITY_DOCUMENT)).isFalse();
        assertThat(preparation.getChecklist()).containsExactly(ChecklistItem.TRUSTED_PERSON);
    }

    @Test
    void eachLifeDomainHasOnePart() {
        preparation.domain(LifeDomain.HOUSEHOLD).setStuck("Stofzuigen lukt niet meer");
        preparation.domain(LifeDomain.HOUSEHOLD).setTried("Dochter helpt op zaterdag");

        assertThat(preparation.getDomains()).hasSize(1);
        assertThat(preparation.domain(LifeDomain.HOUSEHOLD).getStuck()).isEqualTo("Stofzuigen lukt niet meer");
    }

    @Test
    void copyingADraftTakesEverythingOverAndDropsWhatWasEmptied() {
        preparation.domain(LifeDomain.MEALS).setStuck("Koken lukt niet");
        preparation.writeDiary(MONDAY, "Kon niet douchen");
        preparation.answer(InterviewQuestion.WHAT_GOES_WELL, "Ik lees graag");

        CasePreparation draft = new CasePreparation(supportCase());
        draft.domain(LifeDomain.HOUSEHOLD).setStuck("Stofzuigen lukt niet meer");
        draft.domain(LifeDomain.MEALS);
        draft.writeDiary(MONDAY.plusDays(1), "Boodschappen bleven liggen");
        draft.answer(InterviewQuestion.WHAT_IS_HARD, "De trap");
        draft.tick(ChecklistItem.NETWORK_OVERVIEW, true);
        draft.setWishes("Een vaste hulp");

        preparation.copyFrom(draft);

        assertThat(preparation.getDomains()).extracting(LifeDomainPreparation::getLifeDomain)
                .containsExactly(LifeDomain.HOUSEHOLD);
        assertThat(preparation.getDiary()).extracting(DiaryEntry::getEntryDate).containsExactly(MONDAY.plusDays(1));
        assertThat(preparation.getAnswers()).extracting(RehearsedAnswer::getQuestion)
                .containsExactly(InterviewQuestion.WHAT_IS_HARD);
        assertThat(preparation.getChecklist()).containsExactly(ChecklistItem.NETWORK_OVERVIEW);
        assertThat(preparation.getWishes()).isEqualTo("Een vaste hulp");
    }

    @Test
    void freeTextRefusesACitizenServiceNumberAndTooLongTextInDutch() {
        Validator validator = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(Locale.forLanguageTag("nl-NL")).buildValidatorFactory().getValidator();
        preparation.domain(LifeDomain.HOUSEHOLD).setStuck("BSN 111222333 staat op de brief");
        preparation.writeDiary(MONDAY, "x".repeat(DiaryEntry.MAX_LENGTH + 1));

        assertThat(validator.validate(preparation)).extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
                .anySatisfy(m -> assertThat(m).startsWith("domains[").contains("stuck", "burgerservicenummer"))
                .anySatisfy(m -> assertThat(m).startsWith("diary[").contains("hoogstens 2000 tekens"));
    }
}
