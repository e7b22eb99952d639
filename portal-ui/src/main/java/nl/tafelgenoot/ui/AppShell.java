package nl.tafelgenoot.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo light theme, a viewport that lets people zoom (many users are
 * elderly), text a size larger than the default, and a document title that names the product before any view has set its own.
 */
@Theme(themeClass = Lumo.class)
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tafelgenoot");
        // Lumo sizes are in rem: 112.5% makes all text 18px instead of 16px, readable for older eyes.
        settings.addInlineWithContents("html { font-size: 112.5%; }", Inline.Wrapping.STYLESHEET);
    }
}
