package nl.tafelgenoot.ui.testing;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages (chromium, chromium-driver), driven as a
 * person would: typing into labelled fields, clicking buttons, reading what the page says.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    /** The window's viewport in CSS pixels before any {@link #zoom}, once it was first zoomed. */
    private int[] unzoomedViewport;

    public Browser(URL base, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("chromium-"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        String url = base.toExternalForm();
        this.base = url.endsWith("/") ? url : url + "/";
    }

    public void open(String path) {
        driver.get(base + path);
        waitUntilVaadinIsReady();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public void type(String fieldId, String text) {
        WebElement input = visible(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the element with the id, scrolled into the middle of the window first, as a person would. */
    public void click(String id) {
        scrollAndClick(id);
    }

    /** Follows a link by its visible text, as a person would. */
    public void clickLink(String text) {
        wait(ExpectedConditions.elementToBeClickable(By.linkText(text))).click();
        waitUntilVaadinIsReady();
    }

    public String text(String id) {
        return visible(By.id(id)).getText();
    }

    /** Waits until the element shows the text, scrolling it into view as a person would to read it. */
    public void waitForText(String id, String expected) {
        wait(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            if (found.isEmpty()) {
                return false;
            }
            WebElement element = found.get(0);
            if (!element.isDisplayed()) {
                scrollIntoView(element);
            }
            return element.getText().contains(expected);
        });
    }

    /** Waits until the element no longer shows {@code before} (a list redrawn after a filter) and returns its new text. */
    public String waitForTextOtherThan(String id, String before) {
        wait(d -> !text(id).equals(before));
        return text(id);
    }

    /** The error message Vaadin shows under a field, or "" when it is valid. */
    public String fieldError(String fieldId) {
        WebElement field = visible(By.id(fieldId));
        if (field.getAttribute("invalid") == null) {
            return "";
        }
        // The field's own message: a checkbox group's checkboxes carry (empty) messages of their own.
        return field.findElement(By.cssSelector(":scope > [slot=error-message]")).getText();
    }

    /** The texts of all grid cells currently rendered. */
    public List<String> gridTexts(String gridId) {
        visible(By.id(gridId));
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    public void waitForGridText(String gridId, String expected) {
        wait(d -> gridTexts(gridId).contains(expected));
    }

    public boolean pageContains(String text) {
        return driver.findElement(By.tagName("body")).getText().contains(text);
    }

    public void waitForPageText(String text) {
        wait(d -> pageContains(text));
    }

    public void waitForPath(String path) {
        wait(d -> path().equals(path));
    }

    /**
     * The element once it is shown, scrolled into view first: the app layout scrolls its content
     * inside its shadow DOM, and Selenium counts an element scrolled out of that area as hidden,
     * where a person would simply scroll to it.
     */
    private WebElement visible(By by) {
        return wait(d -> {
            List<WebElement> found = d.findElements(by);
            if (found.isEmpty()) {
                return null;
            }
            WebElement element = found.get(0);
            if (!element.isDisplayed()) {
                scrollIntoView(element);
            }
            return element.isDisplayed() ? element : null;
        });
    }

    private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    private void waitUntilVaadinIsReady() {
        wait(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** A picture of the page, for looking at what a person sees. */
    public void screenshot(Path file) {
        try {
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Follows the link whose address contains the text (for links whose visible text is not unique). */
    public void clickLinkTo(String hrefPart) {
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("a[href*='" + hrefPart + "']"))).click();
        waitUntilVaadinIsReady();
    }

    /** Types into a field and presses Enter, as a person confirms a typed date. */
    /** Types and presses Enter, as a person confirms a date; waits until a date picker's calendar has closed again. */
    public void typeAndEnter(String fieldId, String text) {
        WebElement input = visible(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text, org.openqa.selenium.Keys.ENTER);
        WebElement field = driver.findElement(By.id(fieldId));
        wait(d -> !"true".equals(field.getDomProperty("opened")));
        waitUntilVaadinIsReady();
    }

    /** The value of a text field or text area, as shown to the user. */
    public String value(String fieldId) {
        return visible(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea")).getAttribute("value");
    }

    /** Waits until a text field no longer shows {@code before} (a value replaced by the server) and returns the new one. */
    public String waitForValueOtherThan(String fieldId, String before) {
        wait(d -> !before.equals(value(fieldId)));
        return value(fieldId);
    }

    /** Where the element is drawn on the page (CSS pixels), to tell whether blocks sit side by side or stacked. */
    public org.openqa.selenium.Rectangle bounds(String id) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.id(id))).getRect();
    }

    /** Scrolls the element to the middle of the window at once, then clicks it (long pages with inner scrolling). */
    public void scrollAndClick(String id) {
        WebElement element = visible(By.id(id));
        scrollIntoView(element);
        wait(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitUntilVaadinIsReady();
    }

    /** Ticks a checkbox or chooses a radio button of a group by its visible label, as a person would. */
    public void choose(String groupId, String label) {
        By option = By.xpath("//*[@id='" + groupId + "']//label[normalize-space(.)='" + label + "']");
        scrollIntoView(visible(option));
        wait(ExpectedConditions.elementToBeClickable(option)).click();
        waitUntilVaadinIsReady();
    }

    /**
     * Opens the page again until it shows the text, for what appears without the person doing
     * anything (a background job): at most the usual wait, reloading between looks.
     */
    public void reopenUntilPageContains(String path, String text) {
        wait(d -> {
            open(path);
            return pageContains(text);
        });
    }

    /** The id of the first element matching the CSS selector, once there is one. */
    public String idOfFirst(String cssSelector) {
        return visible(By.cssSelector(cssSelector)).getAttribute("id");
    }

    /** Whether an element with the id is on the page now (no waiting). */
    public boolean exists(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Whether an element with the id is on the page and shown now (no waiting). */
    public boolean isShown(String id) {
        return driver.findElements(By.id(id)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Whether a field is shown read-only. */
    public boolean isReadOnly(String fieldId) {
        return visible(By.id(fieldId)).getAttribute("readonly") != null;
    }

    public void waitUntilEditable(String fieldId) {
        wait(d -> !isReadOnly(fieldId));
    }

    /** Whether the login page asks for the code of an authenticator app. */
    private boolean codeAsked() {
        return driver.findElements(By.id("login-code")).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Logs in, with a code from {@link TwoStepCodes} when the portal asks for one, and, for a
     * person of several organisations, chooses one; waits until the portal shows who is logged in.
     */
    public void logIn(String email, String password, String organisationSlug) {
        open("login");
        type("email", email);
        type("password", password);
        click("login-submit");
        wait(d -> !d.findElements(By.id("current-user")).isEmpty() || path().startsWith("/organisatie-kiezen")
                || codeAsked() || !text("login-message").isBlank());
        if (codeAsked()) {
            type("login-code", TwoStepCodes.next(email));
            click("login-submit");
        }
        if (organisationSlug != null) {
            waitForPath("/organisatie-kiezen");
            click("organisation-" + organisationSlug);
        }
        visible(By.id("current-user"));
        waitUntilVaadinIsReady();
    }

    /** Selects the grid row that shows this text in one of its cells, as a person clicks a row. */
    public void clickGridRow(String gridId, String cellText) {
        By cell = By.xpath("//*[@id='" + gridId + "']/vaadin-grid-cell-content[normalize-space(.)='" + cellText + "']");
        WebElement element = visible(cell);
        scrollIntoView(element);
        element.click();
        waitUntilVaadinIsReady();
    }

    /** Answers an open confirmation dialog with its confirm button. */
    public void confirm() {
        wait(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-button[slot='confirm-button']"))).click();
        waitUntilVaadinIsReady();
    }

    /** Types into a combo box and takes the suggestion with Enter, as a person picks from a filtered list. */
    public void pick(String comboId, String text) {
        WebElement input = visible(By.cssSelector("#" + comboId + " input"));
        input.clear();
        input.sendKeys(text);
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        waitUntilVaadinIsReady();
    }

    /** The absolute address a link points to. */
    public String href(String id) {
        return visible(By.id(id)).getAttribute("href");
    }

    /** Waits until the image with the id has loaded and the browser could draw it (its natural width is known). */
    public void waitForImage(String id) {
        WebElement image = visible(By.id(id));
        wait(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0;", image)));
    }

    /** An attribute of the element with the id, as the page has it now. */
    public String attribute(String id, String name) {
        return visible(By.id(id)).getAttribute(name);
    }

    /** The texts of the rows of a table, one string per row with its cells separated by " | ". */
    public List<String> tableRows(String tableId) {
        visible(By.id(tableId));
        return driver.findElements(By.cssSelector("#" + tableId + " tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText)
                        .collect(java.util.stream.Collectors.joining(" | ")))
                .toList();
    }

    /** The browser's cookies for this site as a Cookie header, to fetch what a link serves as the same session. */
    public String cookieHeader() {
        return driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Scrolls the element into the middle of the window. The page scrolls inside the layout's
     * content area, and Selenium treats what is scrolled out of it as invisible: scroll before
     * reading or typing far down a long page.
     */
    public void scrollTo(String id) {
        WebElement element = wait(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        scrollIntoView(element);
    }

    /** Opens a drop-down list and chooses the option with this label. */
    public void select(String selectId, String label) {
        click(selectId);
        By option = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        wait(ExpectedConditions.elementToBeClickable(option)).click();
        waitUntilVaadinIsReady();
    }

    /** Hands a file to an upload component, as a person choosing it in the file dialog; waits until it was taken. */
    public void upload(String uploadId, Path file) {
        WebElement upload = visible(By.id(uploadId));
        scrollIntoView(upload);
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        waitUntilVaadinIsReady();
    }

    /** Types a date and a time into a date-time picker, each confirmed with Enter as a person does. */
    public void typeDateTime(String fieldId, String date, String time) {
        for (String[] part : new String[][] {{"vaadin-date-picker", date}, {"vaadin-time-picker", time}}) {
            WebElement input = visible(By.cssSelector("#" + fieldId + " " + part[0] + " input"));
            input.clear();
            input.sendKeys(part[1], org.openqa.selenium.Keys.ENTER);
        }
        waitUntilVaadinIsReady();
    }

    /** axe-core's accessibility check of the page shown now (see {@link Axe}). */
    public Axe axe() {
        return new Axe(driver);
    }

    /**
     * Opens a page made of the given HTML (a data: address), without the portal: to show that a
     * check such as {@link #axe()} or {@link #hasNoHorizontalScroll()} really finds a fault.
     */
    public void openHtml(String html) {
        driver.get("data:text/html;charset=utf-8," + java.net.URLEncoder.encode(html, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }

    /** Adds HTML at the end of the page shown now: a fault put into a real page, to show that a check finds it. */
    public void appendToPage(String html) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.body.insertAdjacentHTML('beforeend', arguments[0]);", html);
    }

    /**
     * Zooms the page as a person does with Ctrl-+ (1.0 is normal, 2.0 is 200%): the page is laid
     * out in a viewport of 1/zoom the window's CSS pixels, drawn at zoom device pixels each, so
     * media queries and wrapping behave as at that browser zoom. Through Chrome DevTools'
     * Emulation.setDeviceMetricsOverride; lasts until the next call, also across pages.
     */
    public void zoom(double factor) {
        if (factor <= 0) {
            throw new IllegalArgumentException("zoom " + factor);
        }
        org.openqa.selenium.chromium.HasCdp cdp = (org.openqa.selenium.chromium.HasCdp) driver;
        if (unzoomedViewport == null) {
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return [window.innerWidth, window.innerHeight];");
            unzoomedViewport = new int[] {size.get(0).intValue(), size.get(1).intValue()};
        }
        if (factor == 1.0) {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        } else {
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", (int) Math.round(unzoomedViewport[0] / factor),
                    "height", (int) Math.round(unzoomedViewport[1] / factor),
                    "deviceScaleFactor", factor,
                    "mobile", false));
        }
    }

    /** The page's viewport width in CSS pixels: the window's width divided by the zoom. */
    public int viewportWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth;")).intValue();
    }

    /**
     * Whether the page fits the window's width, so a person reading it (zoomed, say) need not
     * scroll sideways line by line: neither the document nor its body is wider than the viewport.
     */
    public boolean hasNoHorizontalScroll() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const d = document.documentElement, b = document.body;"
                        + " return d.scrollWidth <= d.clientWidth && (!b || b.scrollWidth <= d.clientWidth);"));
    }

    /** Presses keys on whatever has the focus now, as a person using only the keyboard. */
    public void pressKeys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        waitUntilVaadinIsReady();
    }

    /** Whether the keyboard focus is on the element with the id or inside it (also inside its shadow DOM). */
    public boolean focusIsWithin(String id) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const target = document.getElementById(arguments[0]); let e = document.activeElement;"
                        + " return !!target && !!e && (target === e || target.contains(e));", id));
    }

    /** Waits until the keyboard focus is on the element with the id or inside it. */
    public void waitForFocusWithin(String id) {
        wait(d -> focusIsWithin(id));
    }

    /** Scrolls the element to the middle of the window at once. */
    private void scrollIntoView(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
    }
}
