package io.trendreports.launch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Guarantees one run at a time. A lock on a file in the output folder covers processes on this
 * machine; on PostgreSQL a session advisory lock also covers machines sharing the database. Both
 * are released by the operating system or the server when the process dies, so a killed run
 * never blocks the next one.
 */
final class RunLock implements AutoCloseable {

    /** Advisory lock key: one run at a time per database. */
    private static final long ADVISORY_KEY = 0x7472656e64L; // "trend"

    private final FileChannel channel;
    private final FileLock fileLock;
    private final Connection advisory;

    private RunLock(FileChannel channel, FileLock fileLock, Connection advisory) {
        this.channel = channel;
        this.fileLock = fileLock;
        this.advisory = advisory;
    }

    /** The lock, or empty when another run holds it. */
    static Optional<RunLock> tryAcquire(Path outputDir, DataSource dataSource) throws IOException, SQLException {
        Path file = outputDir.resolve(".state").resolve("run.lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        Advisory advisory;
        try {
            advisory = advisoryLock(dataSource);
        } catch (SQLException e) {
            lock.release();
            channel.close();
            throw e;
        }
        if (!advisory.acquired()) {
            lock.release();
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new RunLock(channel, lock, advisory.connection()));
    }

    /** @param connection the connection holding the lock; null on databases without advisory locks */
    private record Advisory(boolean acquired, Connection connection) {
    }

    private static Advisory advisoryLock(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        boolean keep = false;
        try {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
                return new Advisory(true, null);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_try_advisory_lock(" + ADVISORY_KEY + ")")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return new Advisory(false, null);
                }
            }
            keep = true;
            return new Advisory(true, c);
        } finally {
            if (!keep) {
                c.close();
            }
        }
    }

    @Override
    public void close() {
        try {
            if (advisory != null) {
                try (Statement s = advisory.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")");
                }
                advisory.close();
            }
        } catch (SQLException e) {
            // closing the connection releases the lock anyway
        }
        try {
            fileLock.release();
            channel.close();
        } catch (IOException e) {
            // the process is about to finish the run; the OS releases the lock on exit
        }
    }
}
