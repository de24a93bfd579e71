package io.trendreports.launch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Guarantees one run at a time. A lock on a file in the output folder covers processes on this
 * machine; on PostgreSQL a session advisory lock also covers machines sharing the database. Both
 * are released by the operating system or the server when the process dies, so a killed run
 * never blocks the next one. The lock file names the process holding it, so that {@code status}
 * can tell a run in progress from one whose process was killed.
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
        sayWhoHoldsIt(channel, ProcessHandle.current().pid());
        return Optional.of(new RunLock(channel, lock, advisory.connection()));
    }

    /**
     * Whether a run holds the lock now, asked without taking it (a probe must never keep a run
     * from starting): the process named in the lock file is alive, or, on PostgreSQL, a session
     * holds the advisory lock.
     */
    static boolean isHeld(Path outputDir, DataSource dataSource) {
        Path file = outputDir.resolve(".state").resolve("run.lock");
        try {
            String holder = Files.isRegularFile(file) ? Files.readString(file).strip() : "";
            if (holder.matches("\\d+") && ProcessHandle.of(Long.parseLong(holder)).map(ProcessHandle::isAlive)
                    .orElse(false)) {
                return true;
            }
        } catch (IOException e) {
            // unreadable: ask the database
        }
        try (Connection c = dataSource.getConnection()) {
            if (!isPostgres(c)) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                    + " AND classid::bigint = ? AND objid::bigint = ? AND objsubid = 1 AND granted")) {
                s.setLong(1, ADVISORY_KEY >>> 32);
                s.setLong(2, ADVISORY_KEY & 0xffffffffL);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() && rs.getLong(1) > 0;
                }
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /** The holder's process id, for {@link #isHeld}; emptied again on release. */
    private static void sayWhoHoldsIt(FileChannel channel, long pid) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
    }

    private static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    /** @param connection the connection holding the lock; null on databases without advisory locks */
    private record Advisory(boolean acquired, Connection connection) {
    }

    private static Advisory advisoryLock(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        boolean keep = false;
        try {
            if (!isPostgres(c)) {
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
            channel.truncate(0);
            fileLock.release();
            channel.close();
        } catch (IOException e) {
            // the process is about to finish the run; the OS releases the lock on exit
        }
    }
}
