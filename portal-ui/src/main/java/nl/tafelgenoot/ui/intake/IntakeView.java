package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.intake.AssignmentOffer;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeStatus;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.ui.booking.agenda.IntakeAppointments;
import nl.tafelgenoot.ui.cases.CaseView;
import nl.tafelgenoot.ui.clients.ClientView;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.layout.HasViewTitle;
import nl.tafelgenoot.ui.layout.MainLayout;
import nl.tafelgenoot.ui.security.RequiresPermission;

/**
 * One request. The coordinator links the client (choosing a possible duplicate or registering
 * a new one), offers the request to one or two proposed advisors, reads the history of offers,
 * takes an unanswered offer back or closes the request. The advisor it is offered to reads it and
 * accepts or declines with a reason. Anyone else, and every other organisation, gets "not found".
 * The coordinator also sees the appointments booked with the request, as the member moved or cancelled them.
 */
@Route(value = "aanmeldingen/:" + IntakeView.ID, layout = MainLayout.class)
@RequiresPermission(Permission.CASE_READ)
public class IntakeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, HasViewTitle {

    public static final String ID = "requestId";

    private final IntakeService intake;
    private final AccountRepository accounts;
    private final CurrentUser user;
    private final AppointmentService appointments;
    private IntakeRequest request;

    @Inject
    public IntakeView(IntakeService intake, AccountRepository accounts, CurrentUser user, AppointmentService appointments) {
        this.intake = intake;
        this.accounts = accounts;
        this.user = user;
        this.appointments = appointments;
        getStyle().set("max-width", "70em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(ID).orElse("");
        intake.find(id).ifPresentOrElse(this::show, () -> event.rerouteToError(NotFoundException.class));
    }

    private void show(IntakeRequest found) {
        this.request = found;
        removeAll();
        add(details(found));
        if (found.getSupportCase() != null && user.isPermitted(Permission.CASE_ASSIGN)) {
            add(paragraph("intake-case", getTranslation("intake.case", found.getSupportCase().getReference()),
                    new RouterLink(found.getSupportCase().getReference(), CaseView.class,
                            new RouteParameters(CaseView.ID, found.getSupportCase().getPublicId()))));
        }
        if (found.getStatus() == IntakeStatus.CLOSED) {
            add(paragraph("intake-closed", getTranslation("intake.closedWith", found.getClosedReason())));
        }
        if (user.isPermitted(Permission.CASE_ASSIGN)) {
            List<Appointment> booked = appointments.ofRequest(found);
            if (!booked.isEmpty()) {
                add(new IntakeAppointments(booked, id -> accounts.find(id).map(Account::getDisplayName).orElse("?")));
            }
            if (found.getStatus() != IntakeStatus.CLOSED) {
                add(new ClientLinking(found, intake, this::reload));
                add(new AdvisorChoice(found, intake, this::reload));
            }
            add(history(found));
            if (found.getStatus().isInQueue()) {
                add(closing());
            }
        } else if (found.isOfferedTo(user.accountId())) {
            add(answer());
        }
    }

    private void reload() {
        intake.find(request.getPublicId()).ifPresentOrElse(this::show,
                () -> UI.getCurrent().navigate(IntakeQueueView.class));
    }

    private VerticalLayout details(IntakeRequest r) {
        DateTimeFormatter dates = DatePickers.format();
        Span status = new Span(getTranslation("intake.status." + r.getStatus()));
        status.setId("intake-status");
        status.getElement().getThemeList().add("badge");
        UnorderedList facts = new UnorderedList();
        facts.add(new ListItem(getTranslation("intake.received", dates.format(r.getReceivedAt().atZone(Clocks.AMSTERDAM)),
                getTranslation("intake.channel." + r.getChannel()), getTranslation("intake.origin." + r.getOrigin()))));
        facts.add(new ListItem(getTranslation("intake.field.topic") + " " + getTranslation("intake.topic." + r.getTopic())));
        facts.add(new ListItem(getTranslation("intake.contact") + ": " + Stream.of(r.getPhone(), r.getEmail())
                .filter(s -> s != null).collect(Collectors.joining(", "))));
        facts.add(new ListItem(Stream.of(r.getAddress(), r.getPostcode(), r.getCity(), r.getMunicipality())
                .filter(s -> s != null).collect(Collectors.joining(", "))));
        if (r.getDateOfBirth() != null) {
            facts.add(new ListItem(getTranslation("client.dateOfBirth") + ": " + dates.format(r.getDateOfBirth())));
        }
        if (!r.getExpertise().isEmpty()) {
            facts.add(new ListItem(getTranslation("intake.field.expertise") + ": " + r.getExpertise().stream()
                    .map(e -> getTranslation("expertise." + e)).collect(Collectors.joining(", "))));
        }
        if (r.getLanguage() != null) {
            facts.add(new ListItem(getTranslation("intake.field.language") + ": " + r.getLanguage()));
        }
        if (r.getNotifiedOn() != null) {
            facts.add(new ListItem(getTranslation("intake.field.notifiedOn") + " " + dates.format(r.getNotifiedOn())));
        }
        if (r.isUrgent()) {
            Span urgent = new Span(getTranslation("intake.urgent"));
            urgent.getElement().getThemeList().add("badge error");
            facts.add(new ListItem(urgent));
        }
        Paragraph question = new Paragraph(r.getQuestion());
        question.setId("intake-question");
        question.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-l)");
        VerticalLayout section = new VerticalLayout(status, question, facts);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout history(IntakeRequest r) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("intake.offers.title")));
        section.setPadding(false);
        section.setId("intake-history");
        if (r.getOffers().isEmpty()) {
            section.add(new Paragraph(getTranslation("intake.offers.none")));
            return section;
        }
        DateTimeFormatter dates = DatePickers.format();
        UnorderedList list = new UnorderedList();
        for (AssignmentOffer offer : r.getOffers()) {
            String name = accounts.find(offer.getAccountId()).map(Account::getDisplayName).orElse("?");
            ListItem item = new ListItem(new Span(getTranslation("intake.offers.line", name,
                    getTranslation("offerAnswer." + offer.getAnswer()), dates.format(offer.getOfferedAt().atZone(Clocks.AMSTERDAM)))));
            item.setId("offer-" + offer.getId());
            if (offer.getReason() != null) {
                item.add(new Paragraph(getTranslation("intake.offers.reason", offer.getReason())));
            }
            if (offer.isPending()) {
                Button withdraw = new Button(getTranslation("intake.withdraw"), e -> act(() -> {
                    intake.withdraw(r.getPublicId(), offer.getAccountId());
                    return getTranslation("intake.withdrawn", name);
                }));
                withdraw.setId("withdraw-" + offer.getAccountId());
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
                item.add(withdraw);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private VerticalLayout closing() {
        TextArea reason = new TextArea(getTranslation("intake.close.reason"));
        reason.setId("close-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button close = new Button(getTranslation("intake.close"), e -> Refusals.at(reason, this, () -> {
            intake.close(request.getPublicId(), reason.getValue());
            Notification.show(getTranslation("intake.closed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        }));
        close.setId("intake-close");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("intake.close.title")), reason, close);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout answer() {
        Button accept = new Button(getTranslation("intake.accept"), e -> Refusals.at(null, this, () -> {
            SupportCase opened = intake.accept(request.getPublicId());
            Notification.show(getTranslation("intake.accepted", opened.getReference()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.ID, opened.getPublicId()));
        }));
        accept.setId("intake-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea reason = new TextArea(getTranslation("intake.decline.reason"));
        reason.setId("decline-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button decline = new Button(getTranslation("intake.decline"), e -> Refusals.at(reason, this, () -> {
            intake.decline(request.getPublicId(), reason.getValue());
            Notification.show(getTranslation("intake.declined")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate("");
        }));
        decline.setId("intake-decline");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("intake.answer.title")),
                new Paragraph(getTranslation("intake.answer.intro")), accept, reason, decline);
        section.setPadding(false);
        section.setId("intake-answer");
        return section;
    }

    private void act(Supplier<String> step) {
        Refusals.at(null, this, () -> {
            String done = step.get();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        });
    }

    private Paragraph paragraph(String id, String text, Component... more) {
        Paragraph p = new Paragraph(text + " ");
        p.add(more);
        p.setId(id);
        return p;
    }

    static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** The link to a client's record. */
    static RouterLink clientLink(nl.tafelgenoot.domain.clients.Client client) {
        RouterLink link = new RouterLink(client.getFullName(), ClientView.class,
                new RouteParameters(ClientView.ID, client.getPublicId()));
        link.setId("intake-client-link");
        return link;
    }

    @Override
    public String viewTitle() {
        return request == null ? "" : getTranslation("intake.title", request.getFullName());
    }

    @Override
    public String getPageTitle() {
        return viewTitle() + " – " + getTranslation("app.name");
    }
}
