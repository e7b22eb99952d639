package nl.tafelgenoot.ui.advisors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A message line under an editor of several rows, which has no error slot of its own. */
class ErrorLine extends Span implements HasValidation {

    ErrorLine(String id) {
        setId(id);
        getElement().setAttribute("role", "alert");
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
