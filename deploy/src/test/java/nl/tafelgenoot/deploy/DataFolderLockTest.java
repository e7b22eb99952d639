package nl.tafelgenoot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderLockTest {

    @TempDir
    Path dir;

    @Test
    void secondLauncherOnTheSameFolderIsRefused() {
        Path data = dir.resolve("data");
        DataFolderLock first = DataFolderLock.acquire(data);

        assertThat(first).isNotNull();
        assertThatThrownBy(() -> DataFolderLock.acquire(data))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Another Tafelgenoot launcher").hasMessageContaining(data.toString());
        assertThat(DataFolderLock.acquire(dir.resolve("other"))).as("other folders are free").isNotNull();
    }

    @Test
    void findsNoOrphansForAFreshFolder() {
        DataFolderLock.acquire(dir.resolve("fresh")).stopOrphans(); // must not touch unrelated processes
    }
}
