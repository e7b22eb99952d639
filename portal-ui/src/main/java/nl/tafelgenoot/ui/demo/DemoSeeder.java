package nl.tafelgenoot.ui.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.organisations.BookingConfirmation;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationKind;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import nl.tafelgenoot.ui.security.ShiroEnvironment;

/**
 * The demonstration data: two organisations, each with an admin, a coordinator, two advisors and
 * fifteen clients with Dutch names and addresses, a few cases with their advisors, a queue of
 * requests (at De Linde two with an appointment next week), and one person who works for both. All demo
 * accounts share {@link #PASSWORD}; the launcher prints them.
 */
@ApplicationScoped
public class DemoSeeder {

    public static final String PASSWORD = "Demo-wachtwoord-2026";
    /**
     * The demo admins' two-step key (Base32), published in the README and the start banner so
     * anyone trying the demo can add it to an authenticator app. Never use demo data in production.
     */
    public static final String DEMO_ADMIN_TOTP_KEY = "DEMOBEHEERDERTAFELGENOOTZEISTAAA";

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    @Inject
    DemoTransactions transactions;

    @Inject
    DemoClients clients;

    @Inject
    TenantRunner tenants;

    @Inject
    DemoAdvisors advisorProfiles;

    @Inject
    DemoRequests requests;

    @Inject
    DemoAppointments appointments;

    @Inject
    Clock clock;

    /** Returns whether it created anything. */
    public boolean seedIfEmpty() {
        return transactions.inNewTransaction(() -> {
            if (organisations.count() > 0) {
                return false;
            }
            String hash = ShiroEnvironment.PASSWORDS.encryptPassword(PASSWORD);
            TenantId linde = organisation("de-linde-zeist", "Seniorenvereniging De Linde, afdeling Zeist",
                    OrganisationKind.SENIOR_ASSOCIATION_BRANCH, o -> o.changeBookingSettings(
                            BookingConfirmation.COORDINATOR_FIRST, "#2E6B30",
                            "Onze vrijwillige cliëntadviseurs helpen u gratis bij het gesprek met de gemeente.",
                            "Slotlaan 12, 3701 GB Zeist", "030-6900000"));
            TenantId samen = organisation("samen-verder", "Mantelzorgvereniging Samen Verder",
                    OrganisationKind.CARERS_ASSOCIATION, o -> o.changeBookingSettings(
                            BookingConfirmation.ADVISOR_DIRECTLY, "#6A2E7F",
                            "Zorgt u voor een naaste? Wij denken met u mee over de hulp van de gemeente.",
                            "Stadsring 100, 3811 HP Amersfoort", "033-4600000"));
            demoAdmin(account("beheerder@delinde.example", "Henk de Graaf", hash)).join(linde, Role.ADMIN);
            account("coordinator@delinde.example", "Ineke Mulder", hash).join(linde, Role.COORDINATOR);
            account("anna.visser@delinde.example", "Anna Visser", hash).join(linde, Role.ADVISOR);
            account("pieter.smit@delinde.example", "Pieter Smit", hash).join(linde, Role.ADVISOR);
            demoAdmin(account("beheerder@samenverder.example", "Karin Hendriks", hash)).join(samen, Role.ADMIN);
            account("coordinator@samenverder.example", "Ruud van Leeuwen", hash).join(samen, Role.COORDINATOR);
            account("sanne.bos@samenverder.example", "Sanne Bos", hash).join(samen, Role.ADVISOR);
            account("mohammed.yilmaz@samenverder.example", "Mohammed Yılmaz", hash).join(samen, Role.ADVISOR);
            // The platform operator works for no organisation: creates, suspends and reactivates them.
            demoAdmin(account("operator@tafelgenoot.example", "Platformbeheer", hash)).makePlatformOperator();
            Account eva = account("eva.dekker@example.org", "Eva Dekker", hash);
            eva.join(linde, Role.ADVISOR);
            eva.join(samen, Role.COORDINATOR);
            return true;
        }) && seedClients();
    }

    /** Admins must log in with two-step verification: the demo's use one published key. */
    private Account demoAdmin(Account admin) {
        admin.startTwoFactor(DEMO_ADMIN_TOTP_KEY);
        admin.enableTwoFactor(0, clock.instant(), List.of());
        return admin;
    }

    private boolean seedClients() {
        TenantId linde = organisations.findBySlug("de-linde-zeist").orElseThrow().tenantId();
        TenantId samen = organisations.findBySlug("samen-verder").orElseThrow().tenantId();
        Map<String, Long> advisors = transactions.inNewTransaction(() -> Map.of(
                "anna.visser@delinde.example", idOf("anna.visser@delinde.example"),
                "pieter.smit@delinde.example", idOf("pieter.smit@delinde.example"),
                "eva.dekker@example.org", idOf("eva.dekker@example.org"),
                "sanne.bos@samenverder.example", idOf("sanne.bos@samenverder.example"),
                "mohammed.yilmaz@samenverder.example", idOf("mohammed.yilmaz@samenverder.example")));
        tenants.runAs(linde, () -> clients.add(DemoClients.lindeClients(), DemoClients.lindeCases(), advisors));
        tenants.runAs(samen, () -> clients.add(DemoClients.samenVerderClients(), DemoClients.samenVerderCases(), advisors));
        tenants.runAs(linde, () -> advisorProfiles.add(List.of(
                new DemoAdvisors.Demo(advisors.get("anna.visser@delinde.example"), Set.of("Zeist"), Set.of("3701", "3705"),
                        Set.of(Expertise.DEMENTIA, Expertise.OBJECTIONS), Set.of("nl", "en"), 8, DayOfWeek.TUESDAY, 14, null),
                new DemoAdvisors.Demo(advisors.get("pieter.smit@delinde.example"), Set.of("Zeist", "Bunnik"), Set.of(),
                        Set.of(Expertise.HOME_ADAPTATION, Expertise.FINANCES), Set.of("nl"), 6, DayOfWeek.MONDAY, 40, null),
                new DemoAdvisors.Demo(advisors.get("eva.dekker@example.org"), Set.of("Zeist"), Set.of(),
                        Set.of(Expertise.INFORMAL_CARE), Set.of("nl", "en"), 3, DayOfWeek.WEDNESDAY, 6, 2))));
        tenants.runAs(samen, () -> advisorProfiles.add(List.of(
                new DemoAdvisors.Demo(advisors.get("sanne.bos@samenverder.example"), Set.of("Amersfoort", "Leusden"),
                        Set.of(), Set.of(Expertise.INFORMAL_CARE, Expertise.OBJECTIONS), Set.of("nl"), 10,
                        DayOfWeek.THURSDAY, 10, null),
                new DemoAdvisors.Demo(advisors.get("mohammed.yilmaz@samenverder.example"), Set.of("Amersfoort"),
                        Set.of("3815", "3817"), Set.of(Expertise.MENTAL_HEALTH, Expertise.INFORMAL_CARE),
                        Set.of("nl", "tr", "ar"), 6, DayOfWeek.FRIDAY, 20, null))));
        long lindeCoordinator = transactions.inNewTransaction(() -> idOf("coordinator@delinde.example"));
        long samenCoordinator = transactions.inNewTransaction(() -> idOf("coordinator@samenverder.example"));
        tenants.runAs(linde, () -> requests.add(lindeCoordinator, advisors.get("anna.visser@delinde.example"),
                new DemoRequests.Demo("Henk", "de Boer", "030-6961111", "3701 AB", "Zeist", IntakeTopic.PREPARE_INTERVIEW,
                        Set.of(Expertise.HOME_ADAPTATION), "Meneer heeft over twee weken een keukentafelgesprek over een "
                        + "traplift en wil hulp bij de voorbereiding.", 4, false),
                new DemoRequests.Demo("Wilma", "Bakker", "06-48123456", "3705 CD", "Zeist", IntakeTopic.OBJECTION,
                        Set.of(Expertise.OBJECTIONS), "Mevrouw kreeg een besluit waarin haar huishoudelijke hulp wordt "
                        + "verlaagd; de bezwaartermijn loopt over tien dagen af.", 1, true),
                new DemoRequests.Demo("Gerrit", "Mulder", "030-6962222", "3701 EF", "Zeist", IntakeTopic.CHECK_REPORT,
                        Set.of(), "Meneer heeft het verslag van de gemeente gekregen en wil weten of het klopt.", 2, false)));
        tenants.runAs(samen, () -> requests.add(samenCoordinator, null,
                new DemoRequests.Demo("Ria", "Hoekstra", "033-4611111", "3811 AA", "Amersfoort", IntakeTopic.ATTEND_INTERVIEW,
                        Set.of(Expertise.INFORMAL_CARE), "Mevrouw zorgt voor haar man en wil dat iemand meegaat naar het "
                        + "gesprek met de gemeente.", 3, false),
                new DemoRequests.Demo("Kemal", "Arslan", "06-41234567", "3815 BB", "Amersfoort", IntakeTopic.OTHER,
                        Set.of(Expertise.MENTAL_HEALTH), "Meneer wil weten welke hulp hij kan vragen.", 0, false),
                null));
        tenants.runAs(linde, () -> appointments.add(List.of(
                new DemoAppointments.Demo("Henk", "de Boer", advisors.get("pieter.smit@delinde.example"),
                        MeetingMode.HOME_VISIT, DayOfWeek.MONDAY, LocalTime.of(10, 0)),
                new DemoAppointments.Demo("Wilma", "Bakker", advisors.get("anna.visser@delinde.example"),
                        MeetingMode.PHONE, DayOfWeek.TUESDAY, LocalTime.of(9, 30)))));
        return true;
    }

    private long idOf(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    private TenantId organisation(String slug, String name, OrganisationKind kind, Consumer<Organisation> settings) {
        Organisation organisation = new Organisation(slug, name, kind, clock.instant());
        settings.accept(organisation);
        return organisations.add(organisation).tenantId();
    }

    private Account account(String email, String name, String hash) {
        return accounts.add(new Account(email, name, hash));
    }

    static Client client(String given, String prefix, String surname, LocalDate born, String address,
                         String postcode, String city, String municipality, String phone, String email) {
        Client c = new Client(given, prefix, surname);
        c.setDateOfBirth(born);
        c.setAddress(address);
        c.setPostcode(postcode);
        c.setCity(city);
        c.setMunicipality(municipality);
        c.setPhone(phone);
        c.setEmail(email);
        return c;
    }

    static List<Client> list(Client... clients) {
        return List.of(clients);
    }
}
