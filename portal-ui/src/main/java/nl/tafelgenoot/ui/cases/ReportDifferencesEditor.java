package nl.tafelgenoot.ui.cases;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput.Difference;
import nl.tafelgenoot.domain.reports.ReportDifference;
import nl.tafelgenoot.domain.validation.Bsn;

/**
 * The differences an advisor finds between the report and what was said or agreed: a list to
 * add to and remove from. Nothing is stored until the report check is saved; {@code changed}
 * tells the panel to say so.
 */
class ReportDifferencesEditor extends VerticalLayout {

    private final List<Difference> differences = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph none = new Paragraph();
    private final TextArea text = new TextArea();
    private final TextField correction = new TextField();
    private final boolean canWrite;
    private final Runnable changed;

    ReportDifferencesEditor(boolean canWrite, Runnable changed) {
        this.canWrite = canWrite;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        list.setId("report-differences");
        none.setId("report-differences-none");
        none.setText(getTranslation("report.differences.none"));
        add(new H4(getTranslation("report.differences")), none, list);
        if (canWrite) {
            add(form());
        }
    }

    private VerticalLayout form() {
        text.setId("report-difference-text");
        text.setLabel(getTranslation("report.difference.text"));
        text.setMaxLength(ReportDifference.MAX_LENGTH);
        text.setWidthFull();
        correction.setId("report-difference-correction");
        correction.setLabel(getTranslation("report.difference.correction"));
        correction.setMaxLength(ReportDifference.MAX_LENGTH);
        correction.setWidthFull();
        Button addButton = new Button(getTranslation("report.difference.add"), e -> addDifference());
        addButton.setId("report-add-difference");
        VerticalLayout form = new VerticalLayout(text, correction, addButton);
        form.setPadding(false);
        return form;
    }

    private void addDifference() {
        boolean ok = check(text, text.getValue() == null || text.getValue().isBlank()
                ? getTranslation("report.difference.required") : bsn(text.getValue()));
        ok &= check(correction, bsn(correction.getValue()));
        if (ok && differences.size() >= ReportCheck.MAX_DIFFERENCES) {
            ok = check(text, getTranslation("report.difference.tooMany", ReportCheck.MAX_DIFFERENCES));
        }
        if (!ok) {
            return;
        }
        differences.add(new Difference(text.getValue().strip(), blankToNull(correction.getValue())));
        text.clear();
        correction.clear();
        refresh();
        changed.run();
        text.focus();
    }

    private String bsn(String value) {
        return Bsn.occursIn(value) ? getTranslation("notes.text.bsn") : null;
    }

    private static boolean check(HasValidation field, String error) {
        field.setErrorMessage(error);
        field.setInvalid(error != null);
        return error == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    void show(List<Difference> stored) {
        differences.clear();
        differences.addAll(stored);
        refresh();
    }

    List<Difference> differences() {
        return List.copyOf(differences);
    }

    private void refresh() {
        list.removeAll();
        none.setVisible(differences.isEmpty());
        for (int i = 0; i < differences.size(); i++) {
            list.add(row(i, differences.get(i)));
        }
    }

    private ListItem row(int index, Difference difference) {
        String prefix = "report-difference-" + index;
        Span says = new Span(difference.reportSays());
        says.setId(prefix + "-says");
        ListItem item = new ListItem(says);
        item.setId(prefix);
        if (difference.saidOrAgreed() != null) {
            Paragraph said = new Paragraph(getTranslation("report.difference.said", difference.saidOrAgreed()));
            said.setId(prefix + "-said");
            said.getStyle().set("margin", "0");
            item.add(said);
        }
        if (canWrite) {
            Button remove = new Button(getTranslation("report.difference.remove"), e -> {
                differences.remove(index);
                refresh();
                changed.run();
            });
            remove.setId(prefix + "-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("report.difference.removeLabel", index + 1));
            item.add(remove);
        }
        return item;
    }
}
