package nl.tafelgenoot.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * One launcher per data folder, and no leftovers from a launcher that was killed.
 *
 * <p>Two launchers on one folder would run two MariaDB servers on the same files; the second
 * only fails after a long wait with an InnoDB lock error. A file lock held for the launcher's
 * lifetime turns that into an immediate, clear message. The operating system releases the lock
 * when the launcher dies, even by {@code kill -9}; its MariaDB and Payara children may then still
 * be running. Whoever holds the lock next knows such processes are orphans and stops them, so a
 * restart after a crash just works.
 */
final class DataFolderLock {

    private static final Logger LOG = Logger.getLogger(DataFolderLock.class.getName());

    private final Path dataDir;
    @SuppressWarnings("unused") // held, not read: the lock lasts as long as the channel is open
    private final FileChannel channel;

    private DataFolderLock(Path dataDir, FileChannel channel) {
        this.dataDir = dataDir;
        this.channel = channel;
    }

    /**
     * Locks the data folder for this JVM's lifetime.
     *
     * @throws IllegalStateException when another launcher holds it
     */
    static DataFolderLock acquire(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve("launcher.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Tafelgenoot launcher is using the data folder " + dataDir);
            }
            return new DataFolderLock(dataDir, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data folder " + dataDir, e);
        }
    }

    /** Stops Payara and MariaDB processes that a killed launcher left running on this folder. */
    void stopOrphans() {
        String payaraJar = dataDir.resolve("runtime").resolve(RuntimeFiles.PAYARA_MICRO).toString();
        String mariaDbData = "--datadir=" + dataDir.resolve("mariadb");
        stopAll(withArgument(payaraJar::equals));
        stopAll(withArgument(mariaDbData::equals));
    }

    private static List<ProcessHandle> withArgument(Predicate<String> argument) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().arguments().map(args -> Arrays.stream(args).anyMatch(argument)).orElse(false))
                .toList();
    }

    private static void stopAll(List<ProcessHandle> orphans) {
        for (ProcessHandle orphan : orphans) {
            LOG.warning("Stopping process " + orphan.pid() + " left running by an earlier launcher: "
                    + orphan.info().command().orElse("?"));
            orphan.destroy();
        }
        for (ProcessHandle orphan : orphans) {
            CompletableFuture<ProcessHandle> exit = orphan.onExit();
            try {
                exit.get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                orphan.destroyForcibly();
            } catch (ExecutionException e) {
                LOG.warning("Could not wait for process " + orphan.pid() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
