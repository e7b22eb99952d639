package nl.tafelgenoot.ui.deadlines;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.deadlines.AtwArticle;
import nl.tafelgenoot.domain.deadlines.CalculatorRule;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.DayOff;
import nl.tafelgenoot.domain.deadlines.DeadlineCalculator;
import nl.tafelgenoot.ui.layout.DatePickers;
import nl.tafelgenoot.ui.security.LoginView;
import nl.tafelgenoot.ui.security.PublicView;

/**
 * "Termijnen berekenen": a page for anyone, no login, where a member types the dispatch date on
 * the municipality's letter and reads until when the objection must be in, in plain Dutch: the
 * date with its weekday, why (six weeks after dispatch), that the municipality must have received
 * it by then, the rule for objections sent by post (A2), and, when the Algemene termijnenwet moved
 * the date, which days off moved it. Rule ids and articles are shown, as everywhere in the portal.
 * It computes with the same stored calendar as the API ({@link DeadlinesResource}), so both agree.
 */
@Route(DeadlineCalculatorView.ROUTE)
@PublicView
public class DeadlineCalculatorView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "termijnen";

    private final Calendars calendars;
    private final Clock clock;
    private final DatePicker dispatched;
    private final Div result = new Div();
    private final Paragraph problem = new Paragraph();

    @Inject
    public DeadlineCalculatorView(Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
        setPadding(true);
        setMaxWidth("46em");
        getStyle().set("margin", "0 auto").set("font-size", "var(--lumo-font-size-l)");

        H1 title = new H1(getTranslation("deadlines.calculator.title"));
        title.setId("calculator-title");
        Paragraph intro = new Paragraph(getTranslation("deadlines.calculator.intro"));

        dispatched = DatePickers.create("dispatch-date", getTranslation("deadlines.calculator.dispatchDate"));
        dispatched.setHelperText(getTranslation("deadlines.calculator.dispatchDate.help"));
        dispatched.setMin(DeadlineCalculator.FIRST_SUPPORTED_DATE);
        dispatched.setMax(DeadlineCalculator.LAST_SUPPORTED_DATE);
        dispatched.setWidthFull();
        // Large label, value and help text for older eyes (the field's own sizes ignore the page's).
        dispatched.getStyle().set("max-width", "20em")
                .set("--vaadin-input-field-label-font-size", "var(--lumo-font-size-l)")
                .set("--vaadin-input-field-value-font-size", "var(--lumo-font-size-l)")
                .set("--vaadin-input-field-helper-font-size", "var(--lumo-font-size-m)");
        dispatched.addValueChangeListener(e -> show());

        Button calculate = new Button(getTranslation("deadlines.calculator.calculate"), e -> show());
        calculate.setId("calculate");
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);

        problem.setId("calculator-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");

        result.setId("objection-result");
        result.getElement().setAttribute("aria-live", "polite");
        result.setWidthFull();

        RouterLink login = new RouterLink(getTranslation("deadlines.calculator.loginLink"), LoginView.class);
        login.setId("calculator-login");
        Paragraph disclaimer = new Paragraph(getTranslation("deadlines.calculator.disclaimer"));

        add(title, intro, dispatched, calculate, problem, result, disclaimer, login);
        dispatched.focus();
    }

    private void show() {
        result.removeAll();
        problem.setText("");
        if (dispatched.isInvalid() && dispatched.getValue() == null) {
            problem.setText(getTranslation("deadlines.calculator.badDate"));
            return;
        }
        LocalDate date = dispatched.getValue();
        if (date == null) {
            problem.setText(getTranslation("deadlines.calculator.noDate"));
            return;
        }
        DeadlineCalculator calculator = new DeadlineCalculator(calendars.current());
        ComputedDate objection;
        ComputedDate posted;
        try {
            objection = calculator.compute(CalculatorRule.A1, date, false, false);
            posted = calculator.compute(CalculatorRule.A2, date, false, false);
        } catch (DeadlineCalculator.Refused outOfRange) {
            problem.setText(getTranslation("deadlines.calculator.outOfRange"));
            return;
        }
        explain(date, objection, posted);
    }

    private void explain(LocalDate date, ComputedDate objection, ComputedDate posted) {
        H2 heading = new H2(getTranslation("deadlines.calculator.deadlineHeading"));
        Div deadline = new Div(day(objection.date()));
        deadline.setId("objection-deadline");
        deadline.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "700")
                .set("margin", "var(--lumo-space-s) 0");
        result.add(heading, deadline);
        result.add(paragraph("objection-why", getTranslation("deadlines.calculator.why", day(date))));
        if (objection.movedByAtw()) {
            result.add(paragraph("objection-moved", getTranslation("deadlines.calculator.moved", day(objection.nominalDate()))));
            UnorderedList days = new UnorderedList();
            days.setId("objection-days-off");
            objection.nonWorkingDays().forEach(off -> days.add(new ListItem(day(off.date()) + ": " + reason(off))));
            result.add(days);
        }
        result.add(paragraph("objection-received", getTranslation("deadlines.calculator.received")));
        result.add(paragraph("objection-post", getTranslation("deadlines.calculator.post", day(objection.date()), day(posted.date()))));
        if (objection.date().isBefore(LocalDate.now(clock))) {
            Paragraph passed = paragraph("objection-passed", getTranslation("deadlines.calculator.passed"));
            passed.getStyle().set("font-weight", "600");
            result.add(passed);
        }
        result.add(paragraph("objection-rules", rules(objection, posted)));
    }

    private String rules(ComputedDate objection, ComputedDate posted) {
        String text = getTranslation("deadlines.calculator.rules", objection.ruleId(), objection.articles(),
                posted.ruleId(), posted.articles());
        if (objection.movedByAtw()) {
            text += " " + getTranslation("deadlines.calculator.rulesAtw",
                    objection.atwArticles().stream().map(AtwArticle::article).collect(Collectors.joining(", ")));
        }
        return text;
    }

    private String reason(DayOff off) {
        if (!off.holidays().isEmpty()) {
            return off.holidays().stream().map(h -> getTranslation("holiday." + h)).collect(Collectors.joining(", "));
        }
        return getTranslation(off.designatedDay() ? "deadlines.calculator.designatedDay" : "deadlines.calculator.weekend");
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    private String day(LocalDate date) {
        return DateTimeFormatter.ofPattern(getTranslation("deadlines.calculator.dayPattern"), getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlines.calculator.title") + " – " + getTranslation("app.name");
    }
}
