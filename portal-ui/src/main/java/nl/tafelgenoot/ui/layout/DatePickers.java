package nl.tafelgenoot.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers and date texts in the user's language: Dutch month and day names, weeks starting
 * on Monday, dates typed as day-month-year. The calendar opens only when asked (its button, the
 * arrow keys).
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String id, String label) {
        Locale locale = UI.getCurrent().getLocale();
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setLocale(locale);
        // The calendar opens from its button or the arrow keys, not by itself while a date is typed
        // or the field clicked: it would cover the fields below, and while it is open the rest of
        // the page is hidden from screen readers (a quick type-and-Enter could leave it so).
        picker.setAutoOpen(false);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n texts = new DatePicker.DatePickerI18n();
        texts.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        texts.setWeekdays(weekdays);
        texts.setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8));
        texts.setFirstDayOfWeek(1);
        texts.setDateFormat("d-M-yyyy");
        texts.setBadInputErrorMessage(UI.getCurrent().getTranslation("client.dateOfBirth.badInput"));
        texts.setToday(UI.getCurrent().getTranslation("datePicker.today"));
        texts.setCancel(UI.getCurrent().getTranslation("datePicker.cancel"));
        picker.setI18n(texts);
        return picker;
    }

    /** "12 apr. 1938" in Dutch, "12 Apr 1938" in English. */
    public static DateTimeFormatter format() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(UI.getCurrent().getLocale());
    }
}
