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

    /** How long a page may take to load; the first one after the portal started compiles and loads much. */
    private static final Duration PAGE_LOAD = Duration.ofSeconds(60);
    /** How often a wait looks again: WebDriver's default of 500 ms adds a quarter second to every step. */
    private static final Duration POLL = Duration.ofMillis(100);

    private final WebDriver driver;
    private final String base;
    /** The date picker whose calendar the test opened on purpose ({@link #openCalendar}), if any. */
    private String calendarOpenedOnPurpose;
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

    /** Opens a page and waits until it is ready. */
    public void open(String path) {
        driver.get(base + path);
        new WebDriverWait(driver, PAGE_LOAD).pollingEvery(POLL).until(Browser::vaadinIsReady);
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
    /**
     * The texts of a grid's cells, row by row in the order the rows are shown, blank cells left
     * out. Read from the grid's own rows rather than from what WebDriver deems visible: a row the
     * page has drawn counts even where the window or a header covers it.
     */
    @SuppressWarnings("unchecked")
    public List<String> gridTexts(String gridId) {
        visible(By.id(gridId));
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(GRID_TEXTS, gridId);
    }

    private static final String GRID_TEXTS = """
            const grid = document.getElementById(arguments[0]);
            const rows = [...grid.shadowRoot.querySelectorAll('#items > tr')]
                .filter(row => !row.hidden)
                .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
            const texts = [];
            rows.forEach(row => row.querySelectorAll('td').forEach(cell => {
              const slot = cell.querySelector('slot');
              const content = slot && slot.assignedElements()[0];
              const text = content ? content.textContent.replace(/\\s+/g, ' ').trim() : '';
              if (text) { texts.push(text); }
            }));
            return texts;
            """;

    public void waitForGridText(String gridId, String expected) {
        try {
            wait(d -> gridTexts(gridId).contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no cell \"" + expected + "\" in " + gridId + ": " + gridTexts(gridId), e);
        }
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
        return new WebDriverWait(driver, Duration.ofSeconds(20)).pollingEvery(POLL).until(condition);
    }

    private void waitUntilVaadinIsReady() {
        wait(Browser::vaadinIsReady);
    }

    private static boolean vaadinIsReady(WebDriver d) {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"));
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
        By link = By.cssSelector("a[href*='" + hrefPart + "']");
        scrollIntoView(visible(link));
        wait(ExpectedConditions.elementToBeClickable(link)).click();
        waitUntilVaadinIsReady();
    }

    /**
     * Types and presses Enter, as a person confirms a typed date; waits until a date picker's
     * calendar has closed again and the page is no longer hidden behind it, so that what follows
     * (an axe check, say) sees the page settled.
     */
    public void typeAndEnter(String fieldId, String text) {
        WebElement input = visible(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text, org.openqa.selenium.Keys.ENTER);
        // Typing opens the calendar and Enter closes it; on a busy machine the opening can land
        // after the Enter, and while a calendar is open or animating Vaadin hides the rest of the
        // page from screen readers (aria-hidden). A person would close it with Escape: so do that,
        // until the page has been settled twice in a row. A marker that stays anyway is left for
        // the next axe check to report.
        int settled = 0;
        java.time.Instant until = java.time.Instant.now().plusSeconds(10);
        while (settled < 2 && java.time.Instant.now().isBefore(until)) {
            Object state = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(PAGE_STATE, fieldId);
            if ("open".equals(state)) {
                input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
            settled = "settled".equals(state) ? settled + 1 : 0;
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
        }
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

    /** Whether the login page shows a message now (no waiting: an empty message is not shown at all). */
    private static boolean loginMessageShown(WebDriver d) {
        return d.findElements(By.id("login-message")).stream().anyMatch(e -> !e.getText().isBlank());
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
                || codeAsked() || loginMessageShown(d));
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

    /**
     * Opens a date picker's calendar as a person does with the keyboard, the arrow down in the
     * field (it does not open by itself, {@code DatePickers}), and waits until
     * the calendar (Vaadin's overlay, role {@code dialog}) is shown.
     */
    public void openCalendar(String fieldId) {
        WebElement input = visible(By.cssSelector("#" + fieldId + " input"));
        scrollIntoView(input);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN); // the calendar does not open by itself
        calendarOpenedOnPurpose = fieldId;
        WebElement field = driver.findElement(By.id(fieldId));
        wait(d -> "true".equals(field.getDomProperty("opened")) && !calendarDialogs(fieldId).isEmpty());
        waitUntilVaadinIsReady();
    }

    /** The accessible names (aria-label, "" for none) of the open calendar's elements with role dialog. */
    @SuppressWarnings("unchecked")
    public List<String> calendarDialogs(String fieldId) {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(CALENDAR_DIALOGS, fieldId, false);
    }

    /**
     * Takes the accessible name off the open calendar, to show that an axe check then finds it
     * missing. First waits 40 animation frames: the page names the calendar again in each of the 30
     * frames after it opened (its content is drawn then), and a name taken off earlier came back.
     */
    public void removeCalendarName(String fieldId) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const fieldId = arguments[0];
                const done = arguments[arguments.length - 1];
                const dialogs = function () {
                """ + CALENDAR_DIALOGS + """
                };
                let frames = 40;
                const step = () => frames-- > 0 ? requestAnimationFrame(step) : done(dialogs(fieldId, true));
                requestAnimationFrame(step);
                """, fieldId);
    }

    /**
     * "open" while the date picker (argument 0, may be null) has its calendar open; "busy" while an
     * overlay animates, or the page is hidden from screen readers (aria-hidden) with no overlay open
     * that would explain it: both pass within moments; else "settled".
     */
    private static final String PAGE_STATE = """
            const picker = arguments[0] && document.getElementById(arguments[0]);
            if (picker && picker.opened) { return 'open'; }
            const overlays = [...document.querySelectorAll('*')].filter(e => e.localName.endsWith('-overlay'));
            if (overlays.some(o => o.hasAttribute('opening') || o.hasAttribute('closing'))) { return 'busy'; }
            const hidden = document.querySelector('[data-aria-hidden]')
                || [...document.querySelectorAll('[aria-hidden="true"][id]')].some(e => !e.closest('[opened]'));
            return hidden && !overlays.some(o => o.opened) ? 'busy' : 'settled';
            """;

    /** The elements with role dialog in a date picker's overlay (which Vaadin may move to the body). */
    private static final String CALENDAR_DIALOGS = """
            const picker = document.getElementById(arguments[0]);
            const overlay = picker && ((picker.$ && picker.$.overlay)
                || (picker.shadowRoot && picker.shadowRoot.querySelector('vaadin-date-picker-overlay')));
            if (!overlay || !overlay.opened) { return []; }
            const found = overlay.getAttribute('role') === 'dialog' ? [overlay] : [];
            [overlay, overlay.shadowRoot].forEach(root => root && root.querySelectorAll('[role=dialog]')
                .forEach(e => found.push(e)));
            if (arguments[1]) { found.forEach(e => e.removeAttribute('aria-label')); }
            return found.map(e => e.getAttribute('aria-label') || '');
            """;

    /**
     * Does nothing for a while, as a person reading or away from the desk with the tab open: no
     * click, no typing (the page's own heartbeat still runs). Polls the clock; no sleeping thread.
     */
    public void stayIdle(Duration duration) {
        java.time.Instant until = java.time.Instant.now().plus(duration);
        new WebDriverWait(driver, duration.plusSeconds(5)).pollingEvery(Duration.ofMillis(200))
                .until(d -> java.time.Instant.now().isAfter(until));
    }

    /** Leaves the portal for an empty page, as a person closing the tab: no more requests, not even heartbeats. */
    public void leave() {
        driver.get("about:blank");
    }

    /** axe-core's accessibility check of the page shown now (see {@link Axe}). */
    /**
     * The axe-core check of the page at rest: first waits (up to 10 s, then checks anyway) until
     * no overlay animates and nothing is hidden from screen readers without an open overlay, as a
     * screen reader user meets the page a moment later.
     */
    public Axe axe() {
        closeStrayCalendars();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).pollingEvery(Duration.ofMillis(200)).until(d -> "settled"
                    .equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(PAGE_STATE, (Object) null)));
        } catch (org.openqa.selenium.TimeoutException stillBusy) {
            // check anyway: what stays hidden is what axe should report
        }
        return new Axe(driver);
    }

    /**
     * Closes, with Escape as a person would, a date picker's calendar that opened without being
     * asked: on a busy machine the opening that typing a date starts can land after the Enter that
     * confirmed it, and an open calendar hides the rest of the page from screen readers. A
     * calendar opened with {@link #openCalendar} stays open.
     */
    private void closeStrayCalendars() {
        @SuppressWarnings("unchecked")
        List<String> open = (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-date-picker')].filter(p => p.opened && p.id)"
                        + ".map(p => p.id);");
        for (String id : open) {
            if (!id.equals(calendarOpenedOnPurpose)) {
                driver.findElement(By.cssSelector("#" + id + " input")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
        }
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
