package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeFilesTest {

    @TempDir
    Path dir;

    @Test
    void copiesOnceAndReplacesWhenTheContentChanges() throws Exception {
        Path source = Files.writeString(dir.resolve("source.war"), "version 1");
        Path target = dir.resolve("runtime").resolve("ROOT.war");
        Files.createDirectories(target.getParent());

        RuntimeFiles.copyIfChanged(source.toUri().toURL(), target);
        assertThat(target).hasContent("version 1");

        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(target, old);
        RuntimeFiles.copyIfChanged(source.toUri().toURL(), target);
        assertThat(Files.getLastModifiedTime(target)).as("identical file kept").isEqualTo(old);

        Files.writeString(source, "version 2");
        RuntimeFiles.copyIfChanged(source.toUri().toURL(), target);
        assertThat(target).hasContent("version 2");
    }
}
