package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

    private static final Map<String, String> NONE = Map.of();

    @Test
    void defaultsRunEmbeddedWithDemoDataOnLoopback() {
        LauncherConfig config = LauncherConfig.from(NONE, NONE);

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.usesEmbeddedDatabase()).isTrue();
        assertThat(config.dbUrl()).isNull();
        assertThat(config.demoData()).isTrue();
        assertThat(config.javaOpts()).containsExactly("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    }

    @Test
    void readsEveryEnvironmentVariable() {
        LauncherConfig config = LauncherConfig.from(NONE, Map.of(
                "TAFELGENOOT_PORT", "9090",
                "TAFELGENOOT_BIND", "0.0.0.0",
                "TAFELGENOOT_DATA_DIR", "/srv/tafelgenoot",
                "TAFELGENOOT_DB_URL", "jdbc:mariadb://db:3306/tafelgenoot",
                "TAFELGENOOT_DB_USER", "portal",
                "TAFELGENOOT_DB_PASSWORD", "geheim",
                "TAFELGENOOT_DEMO_DATA", "true",
                "TAFELGENOOT_JAVA_OPTS", " -Xmx1g  -XX:+UseSerialGC "));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/tafelgenoot"));
        assertThat(config.usesEmbeddedDatabase()).isFalse();
        assertThat(config.dbUrl()).isEqualTo("jdbc:mariadb://db:3306/tafelgenoot");
        assertThat(config.dbUser()).isEqualTo("portal");
        assertThat(config.dbPassword()).isEqualTo("geheim");
        assertThat(config.demoData()).isTrue();
        assertThat(config.javaOpts()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        LauncherConfig config = LauncherConfig.from(
                Map.of("TAFELGENOOT_PORT", "18080", "TAFELGENOOT_DATA_DIR", "/tmp/a"),
                Map.of("TAFELGENOOT_PORT", "9090", "TAFELGENOOT_DATA_DIR", "/tmp/b", "TAFELGENOOT_BIND", "::1"));

        assertThat(config.port()).isEqualTo(18080);
        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/a"));
        assertThat(config.bindAddress()).isEqualTo("::1");
    }

    @Test
    void blankValueCountsAsNotSet() {
        LauncherConfig config = LauncherConfig.from(
                Map.of("TAFELGENOOT_PORT", " "),
                Map.of("TAFELGENOOT_PORT", "9090", "TAFELGENOOT_DB_URL", ""));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.usesEmbeddedDatabase()).isTrue();
    }

    @Test
    void demoDataIsOffByDefaultWithAnExternalDatabase() {
        LauncherConfig config = LauncherConfig.from(NONE, Map.of("TAFELGENOOT_DB_URL", "jdbc:mariadb://db/t"));

        assertThat(config.demoData()).isFalse();
        assertThat(config.dbUser()).isEqualTo("root");
        assertThat(config.dbPassword()).isEmpty();
    }

    @Test
    void demoDataCanBeSwitchedExplicitly() {
        assertThat(LauncherConfig.from(Map.of("TAFELGENOOT_DEMO_DATA", "FALSE"), NONE).demoData()).isFalse();
        assertThat(LauncherConfig.from(Map.of("TAFELGENOOT_DEMO_DATA", "true"),
                Map.of("TAFELGENOOT_DB_URL", "jdbc:mariadb://db/t")).demoData()).isTrue();
    }

    @Test
    void rejectsUnusableValuesNamingTheSetting() {
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("TAFELGENOOT_PORT", "80a"), NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TAFELGENOOT_PORT");
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("TAFELGENOOT_PORT", "70000"), NONE))
                .hasMessageContaining("TAFELGENOOT_PORT");
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("TAFELGENOOT_DEMO_DATA", "ja"), NONE))
                .hasMessageContaining("TAFELGENOOT_DEMO_DATA");
    }

    @Test
    void toStringHidesThePassword() {
        LauncherConfig config = LauncherConfig.from(NONE, Map.of(
                "TAFELGENOOT_DB_URL", "jdbc:mariadb://db/t", "TAFELGENOOT_DB_PASSWORD", "geheim"));

        assertThat(config.toString()).doesNotContain("geheim").contains("jdbc:mariadb://db/t");
    }

    @Test
    void javaOptionsAreCopied() {
        LauncherConfig config = new LauncherConfig(1, "h", Path.of("/d"), null, "u", "", false,
                new java.util.ArrayList<>(List.of("-Xmx1g")));

        assertThatThrownBy(() -> config.javaOpts().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
