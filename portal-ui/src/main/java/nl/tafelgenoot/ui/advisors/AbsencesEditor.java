package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.ui.layout.DatePickers;

/** Absences as rows of from, to and an optional reason, with add and remove buttons. */
class AbsencesEditor extends VerticalLayout {

    private record Row(DatePicker from, DatePicker to, TextField reason) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final VerticalLayout lines = new VerticalLayout();
    final ErrorLine error = new ErrorLine("absences-error");

    AbsencesEditor() {
        setPadding(false);
        setSpacing(false);
        lines.setPadding(false);
        Span label = new Span(getTranslation("advisors.absences"));
        label.getStyle().set("font-weight", "600");
        Button add = new Button(getTranslation("advisors.absences.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("absences-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(label, lines, add, error);
    }

    void setValue(List<Absence> absences) {
        rows.clear();
        lines.removeAll();
        absences.forEach(this::addRow);
    }

    /** The absences as typed; the domain refuses missing or reversed dates. */
    List<Absence> value() {
        return rows.stream().map(r -> new Absence(r.from().getValue(), r.to().getValue(), r.reason().getValue())).toList();
    }

    private void addRow(Absence absence) {
        int n = rows.size();
        DatePicker from = DatePickers.create("absence-from-" + n, getTranslation("advisors.absences.from"));
        DatePicker to = DatePickers.create("absence-to-" + n, getTranslation("advisors.absences.to"));
        TextField reason = new TextField(getTranslation("advisors.absences.reason"));
        reason.setId("absence-reason-" + n);
        reason.setMaxLength(200);
        if (absence != null) {
            from.setValue(absence.startsOn());
            to.setValue(absence.endsOn());
            reason.setValue(absence.reason() == null ? "" : absence.reason());
        }
        HorizontalLayout line = new HorizontalLayout(from, to, reason);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Row row = new Row(from, to, reason);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            rows.remove(row);
            lines.remove(line);
        });
        remove.setAriaLabel(getTranslation("advisors.absences.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        line.add(remove);
        rows.add(row);
        lines.add(line);
    }
}
