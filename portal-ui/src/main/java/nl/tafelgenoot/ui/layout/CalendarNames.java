package nl.tafelgenoot.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every date picker's open calendar an accessible name, "Kalender: " and the field's label,
 * so a screen reader announces what the dialog is for rather than a bare "dialog" (axe's rule
 * {@code aria-dialog-name}); while it is open the field points to it ({@code aria-controls}, which
 * an expanded combobox must have: axe's {@code aria-required-attr}). Vaadin 24's calendar overlay has {@code role="dialog"} and no name;
 * its i18n has no key for one before Vaadin 25. One small script per page, listening to every
 * {@code vaadin-date-picker} opening (also the date half of a date-time picker), so no form has to
 * remember it, whether its picker comes from {@link DatePickers} or not.
 */
@ApplicationScoped
public class CalendarNames {

    /** $0: "Kalender" in the page's language. Installed once per page; the word follows the latest UI. */
    private static final String SCRIPT = """
            window.tafelgenootCalendarWord = $0;
            if (!window.tafelgenootCalendarNames) {
              window.tafelgenootCalendarNames = true;
              const labelOf = picker => {
                const pair = picker.closest('vaadin-date-time-picker');
                return [picker.label, picker.accessibleName, pair && pair.label, pair && pair.accessibleName]
                  .find(text => text && text.trim()) || '';
              };
              const name = (picker, tries) => {
                const overlay = (picker.$ && picker.$.overlay)
                  || (picker.shadowRoot && picker.shadowRoot.querySelector('vaadin-date-picker-overlay'));
                const dialogs = [];
                if (overlay) {
                  if (overlay.getAttribute('role') === 'dialog') { dialogs.push(overlay); }
                  [overlay, overlay.shadowRoot].forEach(root => root && root.querySelectorAll('[role=dialog]')
                    .forEach(element => dialogs.push(element)));
                }
                const label = labelOf(picker).trim();
                const text = label ? window.tafelgenootCalendarWord + ': ' + label : window.tafelgenootCalendarWord;
                dialogs.forEach(element => element.setAttribute('aria-label', text));
                // The field says which dialog it opened (a combobox that is expanded must), when both
                // are in the page's own tree, where an id reference reaches.
                const input = picker.inputElement;
                const dialog = dialogs.find(element => element.getRootNode() === document);
                if (input && dialog && input.getRootNode() === document) {
                  dialog.id = dialog.id || (picker.id || 'date-picker') + '-calendar';
                  input.setAttribute('aria-controls', dialog.id);
                }
                // The calendar's content is drawn in the frames after opening: name what appears then too.
                if (tries > 0) { requestAnimationFrame(() => name(picker, tries - 1)); }
              };
              document.addEventListener('opened-changed', event => {
                const picker = event.target;
                if (!picker || picker.localName !== 'vaadin-date-picker' || !event.detail) {
                  return;
                }
                if (event.detail.value) {
                  name(picker, 30);
                } else if (picker.inputElement) {
                  picker.inputElement.removeAttribute('aria-controls');
                }
              }, true);
            }
            """;

    void register(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> install(init.getUI()));
    }

    private static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT, ui.getTranslation("datePicker.calendar"));
    }
}
