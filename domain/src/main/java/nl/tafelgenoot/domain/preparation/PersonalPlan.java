package nl.tafelgenoot.domain.preparation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.network.Continuity;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.Relation;

/**
 * What the personal plan (persoonlijk plan) says, as plain values: the client, the case, the
 * request in the client's words, and only the parts of the preparation that were filled in. The
 * client hands it over at the interview; a printer (the screens' PDF) only lays it out. A carer's
 * own needs are not in it: they belong to the carer.
 */
public record PersonalPlan(String clientName, String caseReference, String municipality, String request,
                           LocalDate madeOn, List<DomainPart> domains, String wishes, String privateMeans,
                           String generalProvisions, List<Helper> network, List<DiaryDay> diary,
                           List<ChecklistItem> toBring, List<Answer> answers) {

    /** The situation on one life domain; null texts were not filled in. */
    public record DomainPart(LifeDomain domain, String goesWell, String stuck, String tried, HelpFrequency frequency,
                             String frequencyNote) {
    }

    /** Someone of the network: who, what they do, how often, and whether that can go on. */
    public record Helper(String name, Relation relation, boolean informalCarer, String help, String howOften,
                         Continuity canContinue) {
    }

    public record DiaryDay(LocalDate date, String whatDidNotWork) {
    }

    public record Answer(InterviewQuestion question, String answer) {
    }

    /** The plan of a case on a date, from its preparation (null when none was stored) and the client's network. */
    public static PersonalPlan of(SupportCase supportCase, CasePreparation preparation, List<NetworkMember> network,
                                  LocalDate madeOn) {
        Objects.requireNonNull(madeOn);
        List<Helper> helpers = network.stream()
                .map(m -> new Helper(m.getName(), m.getRelation(), m.isInformalCarer(), m.getCurrentHelp(),
                        m.getHelpFrequency(), m.getCanContinue()))
                .toList();
        String clientName = supportCase.getClient().getFullName();
        if (preparation == null) {
            return new PersonalPlan(clientName, supportCase.getReference(), supportCase.getMunicipality(),
                    supportCase.getRequest(), madeOn, List.of(), null, null, null, helpers, List.of(), List.of(),
                    List.of());
        }
        List<DomainPart> domains = preparation.getDomains().stream().filter(d -> !d.isEmpty())
                .map(d -> new DomainPart(d.getLifeDomain(), d.getGoesWell(), d.getStuck(), d.getTried(),
                        d.getHelpFrequency(), d.getFrequencyNote()))
                .toList();
        List<DiaryDay> diary = preparation.getDiary().stream()
                .map(e -> new DiaryDay(e.getEntryDate(), e.getWhatDidNotWork())).toList();
        List<ChecklistItem> toBring = preparation.getChecklist().stream().sorted().toList();
        List<Answer> answers = preparation.getAnswers().stream()
                .map(a -> new Answer(a.getQuestion(), a.getAnswer())).toList();
        return new PersonalPlan(clientName, supportCase.getReference(), supportCase.getMunicipality(),
                supportCase.getRequest(), madeOn, domains, preparation.getWishes(), preparation.getPrivateMeans(),
                preparation.getGeneralProvisions(), helpers, diary, toBring, answers);
    }
}
