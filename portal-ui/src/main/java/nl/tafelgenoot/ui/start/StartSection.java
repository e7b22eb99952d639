package nl.tafelgenoot.ui.start;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.tafelgenoot.domain.start.StartPage.CaseRef;
import nl.tafelgenoot.ui.cases.CaseView;

/**
 * One section of the start page: a heading that names the list for screen readers, the list
 * itself (plain links, so Tab and Enter are all a keyboard needs), a text when it is empty, and
 * "n of m shown" when it was cut short.
 */
class StartSection extends Section {

    private final UnorderedList list = new UnorderedList();
    private final String id;

    StartSection(String id, String title) {
        this.id = id;
        setId(id);
        H3 heading = new H3(title);
        heading.setId(id + "-title");
        getElement().setAttribute("aria-labelledby", id + "-title");
        list.setId(id + "-list");
        list.getStyle().set("padding-left", "var(--lumo-space-l)").set("margin", "0");
        add(heading);
    }

    StartSection explain(String text) {
        Paragraph explanation = new Paragraph(text);
        explanation.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(explanation);
        return this;
    }

    /** A list item with the given id and content. */
    ListItem item(String itemId, Component... content) {
        ListItem item = new ListItem(content);
        item.setId(itemId);
        item.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        list.add(item);
        return item;
    }

    /** Shows the list, or the empty text; and how many were left out. */
    void finish(String emptyText, int shown, long total) {
        if (shown == 0) {
            Paragraph empty = new Paragraph(emptyText);
            empty.setId(id + "-empty");
            add(empty);
            return;
        }
        add(list);
        if (total > shown) {
            Paragraph more = new Paragraph(getTranslation("start.more", shown, total));
            more.setId(id + "-more");
            add(more);
        }
    }

    /** A link to the case, named by reference and client. */
    RouterLink caseLink(CaseRef ref) {
        RouterLink link = new RouterLink(getTranslation("start.case", ref.reference(), ref.clientName()), CaseView.class,
                new RouteParameters(CaseView.ID, ref.publicId()));
        link.getStyle().set("font-weight", "600");
        return link;
    }

    /** "Te laat" with a warning icon: never colour alone. */
    Span overdue(String overdueId) {
        Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("width", "1em").set("height", "1em").set("margin-right", "0.25em");
        Span badge = new Span(icon, new Span(getTranslation("start.overdue")));
        badge.setId(overdueId);
        badge.getElement().getThemeList().add("badge error");
        return badge;
    }

    static Span text(String text) {
        return new Span(" " + text + " ");
    }
}
