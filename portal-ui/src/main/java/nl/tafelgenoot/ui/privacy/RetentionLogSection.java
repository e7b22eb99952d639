package nl.tafelgenoot.ui.privacy;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.tafelgenoot.domain.privacy.RetentionJob;

/**
 * The admin's log of the nightly retention job on the settings page: per night with erasures how
 * many clients and closed cases were erased, never who. Only nights that erased something appear.
 */
public class RetentionLogSection extends Section {

    public RetentionLogSection(List<RetentionJob.Night> nights) {
        setId("retention-log");
        H2 title = new H2(getTranslation("privacy.retention.log"));
        title.setId("retention-log-title");
        getElement().setAttribute("aria-labelledby", "retention-log-title");
        add(title, new Paragraph(getTranslation("privacy.retention.log.intro")));
        if (nights.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("privacy.retention.log.none"));
            none.setId("retention-log-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("retention-log-nights");
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", getLocale());
        for (RetentionJob.Night night : nights) {
            list.add(new ListItem(getTranslation("privacy.retention.log.night", day.format(night.date()),
                    night.clientsErased(), night.casesErased())));
        }
        add(list);
    }
}
