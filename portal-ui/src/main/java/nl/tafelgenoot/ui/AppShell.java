package nl.tafelgenoot.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo light theme, a viewport that lets people zoom (many users are
 * elderly), and a document title that names the product before any view has set its own.
 */
@Theme(themeClass = Lumo.class)
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tafelgenoot");
    }
}
