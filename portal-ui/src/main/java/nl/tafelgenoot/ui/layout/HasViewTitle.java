package nl.tafelgenoot.ui.layout;

/** A view that names itself in the top bar of {@link MainLayout}. */
public interface HasViewTitle {
    String viewTitle();
}
