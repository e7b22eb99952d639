package nl.tafelgenoot.ui.notes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.notes.CaseNoteRevision;
import nl.tafelgenoot.domain.notes.NoteConflict;
import nl.tafelgenoot.domain.notes.NoteService;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.validation.Bsn;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * The shared notes of a case, the outcome first and then newest first, each with its author, its
 * time and whether it was changed; earlier texts on request. Everyone who may change the case
 * adds and edits notes. When someone else changed a note in the meantime, the save is refused:
 * the editor keeps what was typed and the other person's current text is shown next to it, so
 * the two can be merged by hand and saved again.
 */
public class NotesPanel extends VerticalLayout {

    private final NoteService notes;
    private final String casePublicId;
    private final boolean canWrite;
    private final VerticalLayout list = new VerticalLayout();
    private final TextArea newNote = new TextArea();
    private final Checkbox outcome = new Checkbox();
    private final Div problem = alert("new-note-problem");

    public NotesPanel(NoteService notes, String casePublicId, boolean canWrite) {
        this.notes = notes;
        this.casePublicId = casePublicId;
        this.canWrite = canWrite;
        setPadding(false);
        setId("notes-section");
        add(new H3(getTranslation("notes.title")));
        if (canWrite) {
            newNote.setId("new-note");
            newNote.setLabel(getTranslation("notes.new"));
            newNote.setHelperText(getTranslation("notes.helper"));
            newNote.setMaxLength(CaseNote.MAX_LENGTH);
            newNote.setWidthFull();
            newNote.setMinHeight("6em");
            outcome.setId("new-note-outcome");
            outcome.setLabel(getTranslation("notes.outcome.mark"));
            Button add = new Button(getTranslation("notes.add"), e -> write());
            add.setId("add-note");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(problem, newNote, outcome, add);
        }
        list.setPadding(false);
        list.setId("notes");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CaseNote> all = notes.ofCase(casePublicId);
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("notes.none")));
        }
        Map<Long, String> names = notes.names(all.stream()
                .flatMap(n -> Stream.of(n.getWrittenBy(), n.lastWrittenBy())).distinct().toList());
        for (CaseNote note : all) {
            list.add(new NoteItem(note, names));
        }
    }

    private void write() {
        String text = newNote.getValue();
        if (!valid(newNote)) {
            problem.setText(getTranslation("form.invalid"));
            newNote.focus();
            return;
        }
        try {
            notes.write(casePublicId, text, outcome.getValue());
        } catch (RuntimeException refusal) {
            if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                problem.setText(getTranslation("form.invalid"));
                return;
            }
            throw refusal;
        }
        problem.setText("");
        newNote.clear();
        outcome.clear();
        Notification.show(getTranslation("notes.added")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    /** The checks of the domain, with the message next to the field, before going to the server. */
    private boolean valid(TextArea field) {
        String text = field.getValue();
        String error = null;
        if (text == null || text.isBlank()) {
            error = getTranslation("notes.text.required");
        } else if (Bsn.occursIn(text)) {
            error = getTranslation("notes.text.bsn");
        } else if (text.strip().length() > CaseNote.MAX_LENGTH) {
            error = getTranslation("notes.text.tooLong", CaseNote.MAX_LENGTH);
        }
        field.setErrorMessage(error);
        field.setInvalid(error != null);
        return error == null;
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(Clocks.AMSTERDAM).format(at);
    }

    private static Div alert(String id) {
        Div alert = new Div();
        alert.setId(id);
        alert.getElement().setAttribute("role", "alert");
        alert.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        return alert;
    }

    /** One note: read, or edited in place. */
    private class NoteItem extends VerticalLayout {

        private final CaseNote note;
        private final String prefix;
        private final Map<Long, String> names;
        private long baseVersion;

        NoteItem(CaseNote note, Map<Long, String> names) {
            this.note = note;
            this.names = names;
            this.prefix = "note-" + note.getId();
            this.baseVersion = note.getVersion();
            setId(prefix);
            setPadding(false);
            setSpacing(false);
            getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-s)");
            read();
        }

        private void read() {
            removeAll();
            HorizontalLayout meta = new HorizontalLayout();
            meta.setId(prefix + "-meta");
            meta.setSpacing(true);
            Span author = new Span(getTranslation("notes.byAt", names.get(note.getWrittenBy()), when(note.getWrittenAt())));
            meta.add(author);
            if (note.isOutcome()) {
                Span badge = new Span(getTranslation("notes.outcome"));
                badge.getElement().getThemeList().add("badge success");
                meta.add(badge);
            }
            if (note.isEdited()) {
                Span edited = new Span(getTranslation("notes.edited", names.get(note.lastWrittenBy()),
                        when(note.lastWrittenAt())));
                edited.setId(prefix + "-edited");
                edited.getElement().getThemeList().add("badge contrast");
                meta.add(edited);
            }
            Paragraph text = new Paragraph(note.getText());
            text.setId(prefix + "-text");
            text.getStyle().set("white-space", "pre-line").set("margin", "0");
            add(meta, text);
            HorizontalLayout actions = new HorizontalLayout();
            if (canWrite) {
                Button edit = new Button(getTranslation("notes.edit"), e -> edit(note.getText()));
                edit.setId("edit-" + prefix);
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(edit);
            }
            add(actions);
            if (note.isEdited()) {
                VerticalLayout earlier = new VerticalLayout();
                earlier.setPadding(false);
                Details history = new Details(getTranslation("notes.history"), earlier);
                history.setId(prefix + "-history");
                history.addOpenedChangeListener(e -> {
                    if (e.isOpened() && earlier.getComponentCount() == 0) {
                        showHistory(earlier);
                    }
                });
                add(history);
            }
        }

        private void showHistory(VerticalLayout earlier) {
            List<CaseNoteRevision> revisions = notes.revisions(casePublicId, note.getId());
            Map<Long, String> writers = notes.names(revisions.stream().map(CaseNoteRevision::getWrittenBy).toList());
            for (CaseNoteRevision revision : revisions) {
                Span meta = new Span(getTranslation("notes.revision", writers.get(revision.getWrittenBy()),
                        when(revision.getWrittenAt()), when(revision.getReplacedAt())));
                meta.getStyle().set("font-size", "var(--lumo-font-size-s)");
                Paragraph text = new Paragraph(revision.getText());
                text.getStyle().set("white-space", "pre-line").set("margin", "0");
                earlier.add(meta, text);
            }
        }

        private void edit(String startText) {
            removeAll();
            TextArea editor = new TextArea(getTranslation("notes.editor"));
            editor.setId(prefix + "-editor");
            editor.setMaxLength(CaseNote.MAX_LENGTH);
            editor.setWidthFull();
            editor.setMinHeight("6em");
            editor.setValue(startText);
            TextArea current = new TextArea();
            current.setId(prefix + "-current");
            current.setReadOnly(true);
            current.setWidthFull();
            current.setVisible(false);
            Div conflict = alert(prefix + "-problem");
            Button save = new Button(getTranslation("notes.save"), e -> save(editor, current, conflict));
            save.setId("save-" + prefix);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("form.cancel"), e -> refresh());
            cancel.setId("cancel-" + prefix);
            HorizontalLayout side = new HorizontalLayout(editor, current);
            side.setWidthFull();
            add(conflict, side, new HorizontalLayout(save, cancel));
            editor.focus();
        }

        private void save(TextArea editor, TextArea current, Div conflict) {
            if (!valid(editor)) {
                conflict.setText(getTranslation("form.invalid"));
                return;
            }
            try {
                notes.edit(casePublicId, note.getId(), baseVersion, editor.getValue());
            } catch (RuntimeException refusal) {
                var changed = Failures.find(refusal, NoteConflict.class);
                if (changed.isPresent()) {
                    showConflict(current, conflict, changed.get().currentText(), changed.get().currentWriter(),
                            changed.get().currentVersion());
                    return;
                }
                if (Failures.causedBy(refusal, OptimisticLockException.class)) {
                    notes.ofCase(casePublicId).stream().filter(n -> n.getId().equals(note.getId())).findFirst()
                            .ifPresent(n -> showConflict(current, conflict, n.getText(), n.lastWrittenBy(), n.getVersion()));
                    return;
                }
                if (Failures.causedBy(refusal, ConstraintViolationException.class)) {
                    conflict.setText(getTranslation("form.invalid"));
                    return;
                }
                throw refusal;
            }
            Notification.show(getTranslation("notes.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }

        /** Keeps the editor as typed; shows the other person's text beside it; the next save builds on it. */
        private void showConflict(TextArea current, Div conflict, String currentText, long writer, long version) {
            baseVersion = version;
            String name = notes.names(List.of(writer)).get(writer);
            current.setLabel(getTranslation("notes.conflict.current", name));
            current.setValue(currentText);
            current.setVisible(true);
            conflict.setText(getTranslation("notes.conflict", name));
        }
    }
}
