package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraMicroProcessTest {

    private final LauncherConfig config = LauncherConfig.from(Map.of(
            "TAFELGENOOT_PORT", "18080", "TAFELGENOOT_JAVA_OPTS", "-Xmx384m -Dx=y"), Map.of());
    private final RuntimeFiles.Extracted files =
            new RuntimeFiles.Extracted(Path.of("/d/runtime/payara-micro.jar"), Path.of("/d/runtime/ROOT.war"));

    @Test
    void commandPassesDatabaseSettingsButNoPasswordBeforeTheJar() {
        PayaraMicroProcess.Database database =
                new PayaraMicroProcess.Database("jdbc:mariadb://127.0.0.1:1234/tafelgenoot", "root", "", true);

        List<String> command = PayaraMicroProcess.command("/jdk/bin/java", config, database, files,
                Path.of("/d/payara/preboot.asadmin"), Path.of("/d/payara/root"));

        assertThat(command).containsExactly(
                "/jdk/bin/java", "-Xmx384m", "-Dx=y",
                "-DTAFELGENOOT_DB_URL=jdbc:mariadb://127.0.0.1:1234/tafelgenoot",
                "-DTAFELGENOOT_DB_USER=root",
                "-DTAFELGENOOT_DEMO_DATA=true",
                "-jar", "/d/runtime/payara-micro.jar",
                "--deploy", "/d/runtime/ROOT.war",
                "--contextroot", "/",
                "--port", "18080",
                "--nohazelcast",
                "--disablephonehome",
                "--prebootcommandfile", "/d/payara/preboot.asadmin",
                "--rootdir", "/d/payara/root");
    }

    @Test
    void passwordTravelsInTheEnvironmentOnly() {
        PayaraMicroProcess.Database database =
                new PayaraMicroProcess.Database("jdbc:mariadb://db/t", "portal", "geheim", false);

        List<String> command = PayaraMicroProcess.command("java", config, database, files,
                Path.of("preboot"), Path.of("root"));

        assertThat(command).noneMatch(argument -> argument.contains("geheim"));
        assertThat(PayaraMicroProcess.environment(database)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "TAFELGENOOT_DB_URL", "jdbc:mariadb://db/t",
                "TAFELGENOOT_DB_USER", "portal",
                "TAFELGENOOT_DB_PASSWORD", "geheim",
                "TAFELGENOOT_DEMO_DATA", "false"));
    }

    @Test
    void prebootFileBindsTheHttpListener() {
        assertThat(PayaraMicroProcess.prebootCommands("127.0.0.1").strip()).isEqualTo(
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                        + ".http-listener.address=127.0.0.1");
    }

    @Test
    void databaseToStringHidesThePassword() {
        assertThat(new PayaraMicroProcess.Database("jdbc:x", "u", "geheim", false).toString())
                .doesNotContain("geheim");
    }
}
