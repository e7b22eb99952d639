package nl.tafelgenoot.ui.preparation;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.HelpFrequency;
import nl.tafelgenoot.domain.preparation.LifeDomainPreparation;

/**
 * The client's situation on one life domain: what goes well, where it gets stuck, what was tried,
 * how often help is needed. A collapsible section (keyboard: Enter or Space on its title), open
 * when shown.
 */
class LifeDomainSection extends Details {

    final LifeDomain domain;
    private final TextArea goesWell;
    private final TextArea stuck;
    private final TextArea tried;
    private final Select<HelpFrequency> frequency = new Select<>();
    private final TextField frequencyNote = new TextField();

    LifeDomainSection(LifeDomain domain, LifeDomainPreparation stored) {
        this.domain = domain;
        setId("prep-domain-" + domain);
        setSummaryText(getTranslation("lifeDomain." + domain));
        setOpened(true);
        setWidthFull();
        goesWell = FieldChecks.area("prep-goes-well-" + domain, getTranslation("preparation.goesWell"),
                LifeDomainPreparation.MAX_LENGTH);
        stuck = FieldChecks.area("prep-stuck-" + domain, getTranslation("preparation.stuck"),
                LifeDomainPreparation.MAX_LENGTH);
        tried = FieldChecks.area("prep-tried-" + domain, getTranslation("preparation.tried"),
                LifeDomainPreparation.MAX_LENGTH);
        frequency.setId("prep-frequency-" + domain);
        frequency.setLabel(getTranslation("preparation.frequency"));
        frequency.setItems(HelpFrequency.values());
        frequency.setItemLabelGenerator(f -> f == null ? "" : getTranslation("helpFrequency." + f));
        frequency.setEmptySelectionAllowed(true);
        frequencyNote.setId("prep-frequency-note-" + domain);
        frequencyNote.setLabel(getTranslation("preparation.frequencyNote"));
        frequencyNote.setMaxLength(LifeDomainPreparation.MAX_NOTE_LENGTH);
        frequencyNote.setManualValidation(true);
        frequencyNote.setWidthFull();
        if (stored != null) {
            goesWell.setValue(text(stored.getGoesWell()));
            stuck.setValue(text(stored.getStuck()));
            tried.setValue(text(stored.getTried()));
            frequency.setValue(stored.getHelpFrequency());
            frequencyNote.setValue(text(stored.getFrequencyNote()));
        }
        FormLayout fields = new FormLayout(goesWell, stuck, tried, frequency, frequencyNote);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        add(fields);
    }

    /** Checks every field (all of them, so each shows its own message); true when all are valid. */
    boolean validate() {
        return Stream.of(FieldChecks.valid(goesWell, LifeDomainPreparation.class, "goesWell"),
                FieldChecks.valid(stuck, LifeDomainPreparation.class, "stuck"),
                FieldChecks.valid(tried, LifeDomainPreparation.class, "tried"),
                FieldChecks.valid(frequencyNote, LifeDomainPreparation.class, "frequencyNote")).allMatch(ok -> ok);
    }

    void writeTo(CasePreparation draft) {
        LifeDomainPreparation part = draft.domain(domain);
        part.setGoesWell(goesWell.getValue());
        part.setStuck(stuck.getValue());
        part.setTried(tried.getValue());
        part.setHelpFrequency(frequency.getValue());
        part.setFrequencyNote(frequencyNote.getValue());
    }

    void lock(boolean locked) {
        Stream.of(goesWell, stuck, tried, frequencyNote).forEach(f -> f.setReadOnly(locked));
        frequency.setReadOnly(locked);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
