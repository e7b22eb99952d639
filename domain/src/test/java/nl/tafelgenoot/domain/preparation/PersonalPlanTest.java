package nl.tafelgenoot.domain.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.network.Continuity;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.Relation;
import org.junit.jupiter.api.Test;

/** The personal plan holds the case, the network and only what was filled in of the preparation. */
class PersonalPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

    @Test
    void holdsOnlyTheFilledInParts() {
        SupportCase supportCase = CasePreparationTest.supportCase();
        CasePreparation preparation = new CasePreparation(supportCase);
        preparation.domain(LifeDomain.HOUSEHOLD).setStuck("Stofzuigen lukt niet meer");
        preparation.domain(LifeDomain.MEALS);
        preparation.answer(InterviewQuestion.WHAT_TO_REACH, "Zelf blijven wonen");
        preparation.tick(ChecklistItem.IDENTITY_DOCUMENT, true);

        PersonalPlan plan = PersonalPlan.of(supportCase, preparation, List.of(), TODAY);

        assertThat(plan.clientName()).isEqualTo("Johanna van Dijk");
        assertThat(plan.request()).isEqualTo("Ik kom de trap niet meer op.");
        assertThat(plan.municipality()).isEqualTo("Zeist");
        assertThat(plan.madeOn()).isEqualTo(TODAY);
        assertThat(plan.domains()).extracting(PersonalPlan.DomainPart::domain).containsExactly(LifeDomain.HOUSEHOLD);
        assertThat(plan.domains().get(0).stuck()).isEqualTo("Stofzuigen lukt niet meer");
        assertThat(plan.domains().get(0).goesWell()).isNull();
        assertThat(plan.answers()).extracting(PersonalPlan.Answer::question).containsExactly(InterviewQuestion.WHAT_TO_REACH);
        assertThat(plan.toBring()).containsExactly(ChecklistItem.IDENTITY_DOCUMENT);
        assertThat(plan.diary()).isEmpty();
        assertThat(plan.wishes()).isNull();
    }

    @Test
    void namesWhoHelpsAndWhetherThatCanGoOnButNotTheCarersOwnNeeds() {
        SupportCase supportCase = CasePreparationTest.supportCase();
        NetworkMember daughter = new NetworkMember(supportCase.getClient());
        daughter.setName("Marieke van Dijk");
        daughter.setRelation(Relation.CHILD);
        daughter.setInformalCarer(true);
        daughter.setCurrentHelp("Doet de boodschappen");
        daughter.setHelpFrequency("Twee keer per week");
        daughter.setCanContinue(Continuity.UNSURE);
        daughter.setCarerWorries("Ik ben op");

        PersonalPlan plan = PersonalPlan.of(supportCase, null, List.of(daughter), TODAY);

        assertThat(plan.network()).containsExactly(new PersonalPlan.Helper("Marieke van Dijk", Relation.CHILD, true,
                "Doet de boodschappen", "Twee keer per week", Continuity.UNSURE));
        assertThat(plan.domains()).isEmpty();
        assertThat(plan.toBring()).isEmpty();
    }
}
