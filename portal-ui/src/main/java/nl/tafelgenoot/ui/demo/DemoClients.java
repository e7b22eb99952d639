package nl.tafelgenoot.ui.demo;

import static nl.tafelgenoot.ui.demo.DemoSeeder.client;
import static nl.tafelgenoot.ui.demo.DemoSeeder.list;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.interviews.InterviewPlace;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.interviews.InterviewPlanRepository;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.DecisionRepository;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.objections.ObjectionRepository;
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/** The demo clients and cases of each organisation, written inside that organisation's tenant. */
@ApplicationScoped
@Transactional
@TenantBound
public class DemoClients {

    @Inject
    ClientRepository repository;

    @Inject
    SupportCaseRepository cases;

    @Inject
    InterviewPlanRepository plans;

    @Inject
    DecisionRepository decisions;

    @Inject
    ObjectionRepository objections;

    @Inject
    Clock clock;

    /** Adds the clients and their cases; {@code advisorIds} maps advisor e-mail addresses to account ids. */
    public Void add(List<Client> clients, List<DemoCase> demoCases, Map<String, Long> advisorIds) {
        Instant now = clock.instant();
        int number = repository.highestNumber();
        for (Client client : clients) {
            client.register(++number, null, now);
            repository.add(client);
        }
        LocalDate today = LocalDate.now(clock);
        int caseNumber = cases.highestNumber(today.getYear());
        for (DemoCase demo : demoCases) {
            Client client = clients.get(demo.clientIndex());
            LocalDate notified = today.minusDays(demo.daysAgo());
            SupportCase supportCase = new SupportCase(client, Law.WMO, client.getMunicipality(), demo.request(),
                    demo.domains(), notified);
            // Opened on the day it was notified, as if it had been worked on since: "last contact" reads real.
            supportCase.open(today.getYear(), ++caseNumber, notified.atStartOfDay(clock.getZone()).toInstant());
            for (CasePhase phase : CasePhase.values()) {
                if (phase.ordinal() > demo.phase().ordinal() || phase == CasePhase.NOTIFICATION) {
                    continue;
                }
                supportCase.moveTo(phase);
            }
            if (demo.phase().ordinal() > CasePhase.PREPARATION.ordinal()) {
                supportCase.recordDates(notified, notified.plusDays(demo.daysAgo() / 2), null, null);
            }
            cases.add(supportCase);
            for (String advisor : demo.advisors()) {
                cases.addAssignment(new CaseAssignment(supportCase, advisorIds.get(advisor), advisorIds.get(advisor), now));
            }
            if (demo.decisionSentDaysAgo() != null) {
                refusal(supportCase, today.minusDays(demo.decisionSentDaysAgo()), now);
            }
            if (demo.interviewInDays() != null) {
                plans.save(plannedInterview(supportCase, today.plusDays(demo.interviewInDays())));
            }
        }
        return null;
    }

    /** A refusal on an application made two weeks after the interview, and an objection being considered. */
    private void refusal(SupportCase supportCase, LocalDate sent, Instant now) {
        LocalDate applied = supportCase.getInterviewOn().plusDays(14);
        supportCase.recordDates(supportCase.getNotifiedOn(), supportCase.getInterviewOn(), applied.minusDays(7), applied);
        Decision decision = new Decision(supportCase);
        decision.record(new DecisionInput(DecisionInput.NEW, applied, sent.minusDays(1), sent, "WMO/" + sent.getYear() + "/0815",
                DecisionOutcome.CHANGED, "Huishoudelijke hulp: 2 uur per week in plaats van 4", true, null, null),
                sent, SystemActor.ACCOUNT_ID, now);
        decisions.add(decision);
        Objection objection = new Objection(supportCase);
        objection.record(ObjectionInput.empty(), sent, null, sent, SystemActor.ACCOUNT_ID, now);
        objections.add(objection);
    }

    private static InterviewPlan plannedInterview(SupportCase supportCase, LocalDate on) {
        InterviewPlan plan = new InterviewPlan(supportCase);
        plan.setPlannedOn(on);
        plan.setPlannedAt(LocalTime.of(10, 0));
        plan.setPlace(InterviewPlace.AT_HOME);
        plan.setOfficerName("Mevrouw De Vries");
        plan.setOfficerTeam("Wmo-team Zeist");
        return plan;
    }

    static List<DemoCase> lindeCases() {
        return List.of(
                new DemoCase(0, "Sinds mijn heupoperatie kan ik niet meer zelf douchen en kom ik de trap niet meer op.",
                        Set.of(LifeDomain.PERSONAL_CARE, LifeDomain.HOME_ADAPTATION), 21, CasePhase.PREPARATION,
                        List.of("anna.visser@delinde.example", "eva.dekker@example.org"), 5),
                new DemoCase(1, "Het huishouden lukt niet meer sinds mijn vrouw is overleden.",
                        Set.of(LifeDomain.HOUSEHOLD, LifeDomain.MEALS), 40, CasePhase.INTERVIEW,
                        List.of("anna.visser@delinde.example")),
                new DemoCase(2, "Ik wil weer naar de dagbesteding, maar kan er niet meer zelf komen.",
                        Set.of(LifeDomain.MOBILITY_AND_TRANSPORT, LifeDomain.DAY_ACTIVITIES), 5, CasePhase.NOTIFICATION,
                        List.of("pieter.smit@delinde.example")),
                new DemoCase(3, "Ik zie bijna niemand meer en voel me eenzaam.",
                        Set.of(LifeDomain.SOCIAL_CONTACTS), 60, CasePhase.REPORT,
                        List.of("pieter.smit@delinde.example")),
                new DemoCase(4, "Mijn huishoudelijke hulp wordt gehalveerd; dat red ik niet.",
                        Set.of(LifeDomain.HOUSEHOLD), 90, CasePhase.DECISION,
                        List.of("anna.visser@delinde.example"), null, 30));
    }

    static List<DemoCase> samenVerderCases() {
        return List.of(
                new DemoCase(0, "Ik zorg dag en nacht voor mijn man en heb zelf geen adem meer; ik zoek respijtzorg.",
                        Set.of(LifeDomain.INFORMAL_CARE_AND_RESPITE), 14, CasePhase.PREPARATION,
                        List.of("sanne.bos@samenverder.example")),
                new DemoCase(1, "Mijn moeder kan de trap niet meer op; we denken aan een traplift.",
                        Set.of(LifeDomain.HOME_ADAPTATION, LifeDomain.AIDS), 3, CasePhase.NOTIFICATION,
                        List.of("mohammed.yilmaz@samenverder.example")),
                new DemoCase(2, "Hulp bij het huishouden is na de herindicatie gehalveerd.",
                        Set.of(LifeDomain.HOUSEHOLD), 35, CasePhase.INTERVIEW,
                        List.of("sanne.bos@samenverder.example")));
    }

    static List<Client> lindeClients() {
        return list(
                client("Johanna", "van", "Dijk", LocalDate.of(1938, 4, 12), "Slotlaan 112", "3701 GG", "Zeist", "Zeist", "030-6912345", null),
                client("Cornelis", null, "Bakker", LocalDate.of(1941, 9, 3), "Laan van Vollenhove 2011", "3706 GH", "Zeist", "Zeist", "030-6954321", null),
                client("Wilhelmina", "de", "Boer", LocalDate.of(1935, 1, 27), "Het Rond 5", "3701 HS", "Zeist", "Zeist", "06-12345678", "w.deboer@voorbeeld.nl"),
                client("Gerrit", null, "Vermeulen", LocalDate.of(1944, 11, 18), "Utrechtseweg 45", "3704 HB", "Zeist", "Zeist", "030-6987654", null),
                client("Maria", null, "Kok", LocalDate.of(1939, 6, 30), "Tolakkerweg 130", "3739 JR", "Hollandsche Rading", "De Bilt", "035-5771234", null),
                client("Hendrik", "van den", "Heuvel", LocalDate.of(1946, 2, 14), "Dorpsstraat 18", "3732 HJ", "De Bilt", "De Bilt", "030-2201234", "h.vandenheuvel@voorbeeld.nl"),
                client("Aaltje", null, "Schouten", LocalDate.of(1933, 8, 8), "Groenekanseweg 7", "3737 AA", "Groenekan", "De Bilt", "030-2211987", null),
                client("Jan", "van der", "Berg", LocalDate.of(1940, 12, 1), "Kerkstraat 3", "3981 CL", "Bunnik", "Bunnik", "030-6561234", null),
                client("Fatima", null, "El Amrani", LocalDate.of(1952, 5, 21), "Griffensteijnseplein 22", "3703 BE", "Zeist", "Zeist", "06-23456789", "f.elamrani@voorbeeld.nl"),
                client("Theodorus", null, "Jacobs", LocalDate.of(1937, 3, 9), "Hoofdstraat 80", "3971 KH", "Driebergen-Rijsenburg", "Utrechtse Heuvelrug", "0343-512345", null),
                client("Grietje", null, "Meijer", LocalDate.of(1943, 10, 16), "Traay 60", "3971 GR", "Driebergen-Rijsenburg", "Utrechtse Heuvelrug", "0343-523456", null),
                client("Willem", "de", "Wit", LocalDate.of(1948, 7, 2), "Bergweg 10", "3707 AC", "Zeist", "Zeist", "030-6923456", "wdewit@voorbeeld.nl"),
                client("Sientje", null, "Koster", LocalDate.of(1936, 12, 24), "Oranje Nassaulaan 31", "3708 GB", "Zeist", "Zeist", "030-6934567", null),
                client("Bernardus", null, "Post", LocalDate.of(1945, 4, 4), "Hollandsche Rading 2", "3739 JA", "Hollandsche Rading", "De Bilt", null, null),
                client("Trijntje", "van", "Vliet", LocalDate.of(1950, 9, 11), "Odijkerweg 9", "3981 JA", "Bunnik", "Bunnik", "06-34567890", null));
    }

    static List<Client> samenVerderClients() {
        return list(
                client("Petronella", null, "Huisman", LocalDate.of(1947, 2, 2), "Leusderweg 221", "3817 KE", "Amersfoort", "Amersfoort", "033-4612345", null),
                client("Mustafa", null, "Demir", LocalDate.of(1955, 6, 15), "Kruiskamp 40", "3815 AB", "Amersfoort", "Amersfoort", "06-45678901", "m.demir@voorbeeld.nl"),
                client("Adriana", null, "Peters", LocalDate.of(1942, 3, 19), "Hogeweg 118", "3814 CE", "Amersfoort", "Amersfoort", "033-4723456", null),
                client("Jacobus", "van", "Wijk", LocalDate.of(1939, 10, 5), "Arnhemseweg 3", "3817 CA", "Amersfoort", "Amersfoort", "033-4834567", null),
                client("Geertruida", null, "Dekker", LocalDate.of(1944, 1, 23), "Hamersveldseweg 50", "3833 GR", "Leusden", "Leusden", "033-4941234", null),
                client("Lambertus", "de", "Groot", LocalDate.of(1936, 8, 30), "Hessenweg 12", "3831 BA", "Leusden", "Leusden", "033-4952345", null),
                client("Yvonne", null, "Brouwer", LocalDate.of(1958, 11, 11), "Van Weedestraat 77", "3761 CC", "Soest", "Soest", "035-6012345", "y.brouwer@voorbeeld.nl"),
                client("Klaas", null, "Mol", LocalDate.of(1941, 5, 6), "Steenhoffstraat 29", "3764 BH", "Soest", "Soest", "035-6023456", null),
                client("Elisabeth", null, "Verhoeven", LocalDate.of(1937, 12, 12), "Nieuw Baarnstraat 15", "3743 BN", "Baarn", "Baarn", "035-5412345", null),
                client("Dirk", "van 't", "Hof", LocalDate.of(1949, 7, 27), "Eemnesserweg 66", "3741 GB", "Baarn", "Baarn", "035-5423456", null),
                client("Ayşe", null, "Kaya", LocalDate.of(1960, 2, 29), "Schothorsterlaan 8", "3822 NB", "Amersfoort", "Amersfoort", "06-56789012", null),
                client("Frederik", null, "Willems", LocalDate.of(1934, 4, 1), "Utrechtseweg 150", "3818 ES", "Amersfoort", "Amersfoort", "033-4645678", null),
                client("Hermina", null, "Bosman", LocalDate.of(1946, 9, 17), "Stationsweg 2", "3831 BD", "Leusden", "Leusden", null, null),
                client("Sjoerd", null, "Hoekstra", LocalDate.of(1951, 3, 3), "Birkstraat 100", "3768 HL", "Soest", "Soest", "035-6034567", "s.hoekstra@voorbeeld.nl"),
                client("Neeltje", null, "Prins", LocalDate.of(1940, 10, 20), "Amsterdamsestraatweg 5", "3744 AA", "Baarn", "Baarn", "035-5434567", null));
    }
}
