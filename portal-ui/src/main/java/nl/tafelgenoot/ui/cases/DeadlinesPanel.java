package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.deadlines.AtwArticle;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.DayOff;
import nl.tafelgenoot.ui.layout.DatePickers;

/**
 * The legal dates of a case, never hiding a rule: each row shows the rule id, what it is about,
 * the date (and, when the Algemene termijnenwet moved it, from which date and why), the dates it
 * was computed from, the articles, and how it stands today. Overdue rows stand out.
 */
public class DeadlinesPanel extends VerticalLayout {

    private final DateTimeFormatter dates = DatePickers.format();

    public DeadlinesPanel(List<CaseDeadline> deadlines) {
        setPadding(false);
        Grid<CaseDeadline> grid = new Grid<>();
        grid.setId("deadlines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.computed().ruleId()).setHeader(getTranslation("deadline.rule")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> getTranslation("deadlineRule." + d.computed().rule())).setHeader(getTranslation("deadline.what")).setFlexGrow(2);
        grid.addColumn(d -> date(d.computed())).setHeader(getTranslation("deadline.date")).setFlexGrow(2);
        grid.addColumn(d -> from(d.computed())).setHeader(getTranslation("deadline.from")).setFlexGrow(2);
        grid.addColumn(d -> articles(d.computed())).setHeader(getTranslation("deadline.articles")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("deadline.status")).setAutoWidth(true);
        grid.setItems(deadlines);
        add(new H3(getTranslation("deadline.title")), grid);
    }

    private String date(ComputedDate computed) {
        String date = dates.format(computed.date());
        if (!computed.movedByAtw()) {
            return date;
        }
        String why = computed.nonWorkingDays().stream().map(this::dayOff).distinct().collect(Collectors.joining(", "));
        return getTranslation("deadline.moved", date, dates.format(computed.nominalDate()), why);
    }

    private String dayOff(DayOff day) {
        if (!day.holidays().isEmpty()) {
            return day.holidays().stream().map(h -> getTranslation("holiday." + h)).collect(Collectors.joining(", "));
        }
        return getTranslation(day.designatedDay() ? "holiday.designated" : "holiday.weekend");
    }

    private String from(ComputedDate computed) {
        return computed.computedFrom().stream()
                .map(t -> getTranslation("trigger." + t.trigger()) + " " + dates.format(t.date()))
                .collect(Collectors.joining("; "));
    }

    private static String articles(ComputedDate computed) {
        return Stream.concat(Stream.of(computed.articles()).filter(a -> !a.isBlank()),
                        computed.atwArticles().stream().map(AtwArticle::article))
                .collect(Collectors.joining("; "));
    }

    private Span status(CaseDeadline deadline) {
        Span status = new Span(getTranslation("deadlineStatus." + deadline.status()));
        String theme = switch (deadline.status()) {
            case OVERDUE -> "badge error primary";
            case DUE_SOON -> "badge error";
            case MET, REACHED -> "badge success";
            default -> "badge contrast";
        };
        status.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        return status;
    }
}
