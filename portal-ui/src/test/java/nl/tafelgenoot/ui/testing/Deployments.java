package nl.tafelgenoot.ui.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment all in-container test classes of a run share: the portal exactly as
 * packaged (target/portal-ui.war) at the root context, plus every in-container test class and
 * the few helpers they use. Starting Payara Micro with the WAR costs about 25 s on two cores;
 * once per run instead of once per class is most of the suite's time. The suite extension
 * (arquillian.xml names this class) deploys it before the first class and undeploys it after the
 * last, so tests must not depend on each other's data or order: each makes the people and
 * clients it needs under unique names.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private static final String IN_CONTAINER_TESTS = "nl.tafelgenoot.ui";

    private Deployments() {
    }

    @Deployment
    public static WebArchive inContainer() {
        return portal()
                .addPackages(true, path -> isInContainerTest(path.get()), IN_CONTAINER_TESTS)
                .addClasses(UniqueText.class, Poll.class)
                .addAsLibraries(jarOf(org.apache.pdfbox.Loader.class), jarOf(org.apache.pdfbox.io.RandomAccessRead.class),
                        jarOf(org.apache.fontbox.FontBoxFont.class));
    }

    /** The packaged portal alone, as an operator deploys it. */
    private static WebArchive portal() {
        File war = new File(System.getProperty("tafelgenoot.war", "target/portal-ui.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * In-container test classes (subclasses of {@link InContainerTest}, with their nested
     * classes) and their fixtures. Nothing else of the tests: the browser journeys' Selenium
     * classes are not in the WAR and would break CDI's scan of it.
     */
    private static boolean isInContainerTest(String path) {
        if (!path.endsWith(".class")) {
            return false;
        }
        String name = path.substring(1, path.length() - ".class".length()).replace('/', '.');
        String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        try {
            Class<?> type = Class.forName(topLevel, false, Deployments.class.getClassLoader());
            return InContainerTest.class.isAssignableFrom(type) || topLevel.endsWith("Fixture");
        } catch (ClassNotFoundException | LinkageError notATest) {
            return false;
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
