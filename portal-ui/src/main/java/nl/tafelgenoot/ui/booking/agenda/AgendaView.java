package nl.tafelgenoot.ui.booking.agenda;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.WeekFields;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.advisors.AdvisorOverview;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentService;
import nl.tafelgenoot.domain.booking.SlotSearch;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;
import nl.tafelgenoot.ui.security.SessionTenant;
import nl.tafelgenoot.ui.security.SignIn;

/**
 * The staff agenda: one week of booked appointments, Monday to Sunday, so a coordinator sees who
 * meets whom (everyone's or one advisor's) and an advisor sees their own. Appointments can be
 * moved to a free time or cancelled from here; the member is mailed. The week is kept in the
 * address ({@code ?week=2026-11-30}) so reloading and the back button keep it; another day shows
 * its week, anything else this week (and the address is corrected). Seven columns side by side on a wide screen, one below the other when
 * the screen is narrow or zoomed in, never scrolling sideways. An advisor also finds the private
 * link for their own calendar app here.
 */
@Route(value = AgendaView.ROUTE, layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ)
public class AgendaView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    public static final String ROUTE = "agenda";
    public static final String WEEK = "week";

    /** Below this width of the week the days stack (a flex-basis that flips between 0 and huge). */
    private static final String STACK_BELOW = "48em";

    private final AppointmentService appointments;
    private final AdvisorProfileService advisorProfiles;
    private final CurrentUser user;
    private final SignIn signIn;
    private final Clock clock;

    private final H2 heading = new H2();
    private final Div week = new Div();
    private final Select<Long> advisor = new Select<>();
    private Map<Long, String> advisorNames = Map.of();
    private LocalDate monday;
    private boolean built;

    @Inject
    public AgendaView(AppointmentService appointments, AdvisorProfileService advisorProfiles, CurrentUser user,
                      SignIn signIn, Clock clock) {
        this.appointments = appointments;
        this.advisorProfiles = advisorProfiles;
        this.user = user;
        this.signIn = signIn;
        this.clock = clock;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault(WEEK, List.of());
        monday = AppointmentService.weekOf(asked.isEmpty() ? today() : parse(asked.get(0)));
        if (!asked.isEmpty() && !asked.get(0).equals(monday.toString())) {
            event.getUI().getPage().getHistory().replaceState(null,
                    new Location(ROUTE, QueryParameters.of(WEEK, monday.toString())));
        }
        if (!built) {
            build();
            built = true;
        }
        refresh();
    }

    private LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            return today();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SlotSearch.ZONE));
    }

    private boolean isCoordinator() {
        return user.isPermitted(Permission.CASE_ASSIGN);
    }

    private void build() {
        heading.setId("agenda-week");
        heading.getStyle().set("margin", "0");
        Button previous = new Button(getTranslation("agenda.previous"), VaadinIcon.ANGLE_LEFT.create(),
                e -> go(monday.minusWeeks(1)));
        previous.setId("agenda-previous");
        Button current = new Button(getTranslation("agenda.today"), e -> go(AppointmentService.weekOf(today())));
        current.setId("agenda-today");
        Button next = new Button(getTranslation("agenda.next"), VaadinIcon.ANGLE_RIGHT.create(), e -> go(monday.plusWeeks(1)));
        next.setId("agenda-next");
        next.setIconAfterText(true);
        HorizontalLayout navigation = new HorizontalLayout(previous, current, next);
        navigation.setWrap(true);
        navigation.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (isCoordinator()) {
            advisorNames = advisorProfiles.advisors().stream().collect(Collectors.toMap(AdvisorOverview::accountId,
                    AdvisorOverview::name, (a, b) -> a, LinkedHashMap::new));
            advisor.setId("agenda-advisor");
            advisor.setLabel(getTranslation("agenda.advisor"));
            advisor.setEmptySelectionAllowed(true);
            advisor.setEmptySelectionCaption(getTranslation("agenda.advisor.all"));
            advisor.setItems(advisorNames.keySet());
            advisor.setItemLabelGenerator(id -> id == null ? getTranslation("agenda.advisor.all") : advisorNames.get(id));
            advisor.addValueChangeListener(e -> refresh());
            navigation.add(advisor);
        }
        week.setId("agenda-days");
        week.setWidthFull();
        week.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        add(heading, navigation, week);
        if (user.isPermitted(Permission.PROFILE_OWN) && !isCoordinator()) {
            add(new FeedSection(appointments, organisationSlug()));
        }
    }

    private String organisationSlug() {
        return SessionTenant.get().flatMap(t -> signIn.workplaces().stream().filter(o -> o.getId() == t.value()).findFirst())
                .map(Organisation::getSlug).orElseThrow();
    }

    private void go(LocalDate newMonday) {
        UI.getCurrent().navigate(AgendaView.class, QueryParameters.of(WEEK, newMonday.toString()));
    }

    /** Draws the week again from the database (after navigating, filtering, moving or cancelling). */
    void refresh() {
        LocalDate sunday = monday.plusDays(6);
        heading.setText(getTranslation("agenda.week", monday.get(WeekFields.ISO.weekOfWeekBasedYear()),
                AgendaTexts.day(monday, getLocale()), AgendaTexts.dayWithYear(sunday, getLocale())));
        Long chosen = isCoordinator() ? advisor.getValue() : null;
        Map<LocalDate, List<Appointment>> byDay = appointments.week(monday, chosen).stream()
                .sorted(Comparator.comparing(Appointment::getStartsAt))
                .collect(Collectors.groupingBy(a -> AgendaTexts.dayOf(a.getStartsAt())));
        week.removeAll();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            week.add(day(day, byDay.getOrDefault(day, List.of())));
        }
    }

    private Section day(LocalDate day, List<Appointment> ofDay) {
        Section column = new Section();
        column.setId("agenda-day-" + day);
        column.getStyle().set("flex", "1 1 calc((" + STACK_BELOW + " - 100%) * 999)").set("min-width", "0")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-xs)").set("box-sizing", "border-box");
        if (day.equals(today())) {
            column.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        }
        H3 title = new H3(AgendaTexts.day(day, getLocale()));
        title.setId("agenda-day-title-" + day);
        title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        column.add(title);
        column.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        if (ofDay.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("agenda.day.none"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0")
                    .set("font-size", "var(--lumo-font-size-s)");
            column.add(none);
        }
        boolean coordinator = isCoordinator();
        for (Appointment appointment : ofDay) {
            String advisorName = coordinator ? advisorNames.getOrDefault(appointment.getAdvisorAccountId(), "?") : null;
            column.add(new AppointmentCard(appointment, advisorName, coordinator, appointments, clock, this::refresh));
        }
        return column;
    }

    @Override
    public String viewTitle() {
        return getTranslation("agenda.title");
    }

    @Override
    public String getPageTitle() {
        return (monday == null ? viewTitle() : viewTitle() + " " + heading.getText()) + " – " + getTranslation("app.name");
    }
}
