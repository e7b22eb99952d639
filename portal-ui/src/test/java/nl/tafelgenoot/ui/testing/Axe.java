package nl.tafelgenoot.ui.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A/AA and best-practice rules, run inside the page the browser shows now.
 * Many of our members are elderly; a page a screen reader cannot read, or whose text is too pale,
 * shuts them out, and such faults are easy to bring back unnoticed: a test that asks axe catches them.
 * axe.min.js comes from the axe-core WebJar on the test classpath only; the application never ships it.
 */
public final class Axe {

    /** The rule sets asked for: WCAG 2.0 and 2.1 at levels A and AA, plus axe's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** How many offending elements a violation names; the rest are counted. */
    private static final int TARGETS_SHOWN = 3;

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const shown = arguments[0];
            const tags = arguments[1];
            axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'], elementRef: true})
              .then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact || '', help: v.help, nodes: v.nodes.length,
                  targets: v.nodes.slice(0, shown).map(n => [].concat(n.target).flat().join(' >>> ')),
                  summary: (v.nodes[0] && v.nodes[0].failureSummary) || '',
                  gridTable: v.nodes.every(n => n.element && n.element.id === 'table'
                      && n.element.getRootNode().host && n.element.getRootNode().host.localName === 'vaadin-grid')}))))
              .catch(e => done({error: String(e && e.stack || e)}));
            """;

    private static volatile String source;

    private final WebDriver driver;

    Axe(WebDriver driver) {
        this.driver = driver;
    }

    /** One rule the page breaks: axe's rule id, its impact (minor, moderate, serious, critical), what to do, where. */
    public record AxeViolation(String id, String impact, String help, int count, List<String> targets, String summary) {

        public boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + id + ": " + help + " (" + count + "x: " + String.join(", ", targets)
                    + (count > targets.size() ? ", ..." : "") + ")" + (summary.isEmpty() ? "" : "\n    " + summary);
        }
    }

    /**
     * Every violation on the current page, whatever its impact, but one: axe 4.6 finds children it
     * does not allow (the sizer caption, the empty-state body) in the {@code role=treegrid} table
     * inside vaadin-grid's own shadow DOM. That table is Vaadin's markup, not ours, and the grid
     * is read correctly by screen readers (rows, headers, cells); the exception is that rule on
     * exactly that element, nothing else.
     */
    @SuppressWarnings("unchecked")
    public List<AxeViolation> violations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript(RUN, TARGETS_SHOWN, TAGS);
        if (result instanceof Map<?, ?> error) {
            throw new IllegalStateException("axe-core could not check the page: " + error.get("error"));
        }
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> !("aria-required-children".equals(v.get("id")) && Boolean.TRUE.equals(v.get("gridTable"))))
                .map(v -> new AxeViolation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        ((Number) v.get("nodes")).intValue(), List.copyOf((List<String>) v.get("targets")),
                        (String) v.get("summary")))
                .toList();
    }

    /** The violations axe rates serious or critical: those that block or badly hinder a person. */
    public List<AxeViolation> seriousOrCritical() {
        return violations().stream().filter(AxeViolation::seriousOrCritical).toList();
    }

    /** Fails, naming each rule and where it is broken, when the page has serious or critical violations. */
    public void assertNoSeriousOrCritical() {
        List<AxeViolation> found = seriousOrCritical();
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " serious or critical accessibility violation(s) on "
                    + driver.getCurrentUrl() + ":\n" + found.stream().map(v -> "  " + v).collect(Collectors.joining("\n")));
        }
    }

    private static String axeSource() {
        String cached = source;
        if (cached == null) {
            String version = webJarVersion();
            String path = "META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
            try (InputStream in = resource(path)) {
                cached = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            source = cached;
        }
        return cached;
    }

    /** The WebJar's own version, so that upgrading it in the root pom needs no change here. */
    private static String webJarVersion() {
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the test classpath: is org.webjars.npm:axe-core a test dependency?");
        }
        return in;
    }
}
