package nl.tafelgenoot.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * One page for everything that is not there for this person: an unknown address, a record that
 * does not exist, a record of another organisation, a screen their role may not use. They look
 * the same on purpose, so nothing reveals that a record exists.
 */
public abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    protected NotFoundPage() {
        H1 title = new H1(getTranslation("notfound.title"));
        title.setId("not-found");
        add(title, new Paragraph(getTranslation("notfound.text")), new Anchor("", getTranslation("notfound.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notfound.title") + " – " + getTranslation("app.name");
    }
}
