package io.trendreports;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database opened in H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}, the
 * default URL): the first process to open the file serves it to the others, so the portal and a
 * run started by cron work on it side by side. Two things H2 does on its own do not suit us:
 * <ul>
 * <li>the server would listen on every network interface; it is kept on the loopback interface,
 * since only processes of this machine share the file;</li>
 * <li>H2 closes the database in a JVM shutdown hook of its own, which on SIGTERM would close it
 * under a run that is still stopping at a safe point (H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE}
 * together with {@code AUTO_SERVER}). Its hook is removed once the database is open, and what it
 * would have done is done once the command has finished and its context is closed
 * ({@link ShutdownGate} holds the JVM until then). That last step matters: while other processes
 * are connected, closing our own connections leaves the database open, and a database left open
 * at exit loses its last second of commits (a finished run would read as still running).</li>
 * </ul>
 */
final class SharedEmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger("io.trendreports.run");
    private static final String BIND_ADDRESS = "h2.bindAddress";
    private static final String CLOSER = "org.h2.engine.OnExitDatabaseCloser";

    private SharedEmbeddedDatabase() {
    }

    /** Before H2 loads: its server, if this process starts one, accepts loopback connections only. */
    static void loopbackOnly() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }

    /**
     * Once the command has finished: closes the embedded databases still open in this JVM, those
     * other processes kept open, and hands the file to them (they reconnect and one of them serves
     * it). Closes every embedded database of the JVM, so only for a process that is about to exit.
     */
    static void closeBeforeExit() {
        try {
            Class<?> closer = Class.forName(CLOSER, false, SharedEmbeddedDatabase.class.getClassLoader());
            Method onShutdown = closer.getDeclaredMethod("onShutdown");
            onShutdown.setAccessible(true);
            onShutdown.invoke(null);
        } catch (ClassNotFoundException e) {
            // H2 is not on the class path
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("could not close the embedded database before exit ({}); the next process to open it"
                    + " recovers it", e.toString());
        }
    }

    /**
     * Once the database is open: from now on it closes when the context does, not when H2's
     * shutdown hook would. Nothing to do when this process opened no embedded database (it is
     * PostgreSQL, or another process serves the file) or H2 registered no hook.
     */
    static void closeWithContextOnly() {
        Thread hook;
        try {
            Class<?> closer = Class.forName(CLOSER, false, SharedEmbeddedDatabase.class.getClassLoader());
            Field registered = closer.getDeclaredField("registered");
            Field instance = closer.getDeclaredField("INSTANCE");
            registered.setAccessible(true);
            instance.setAccessible(true);
            synchronized (closer) {
                if (!registered.getBoolean(null)) {
                    return;
                }
                hook = (Thread) instance.get(null);
            }
        } catch (ClassNotFoundException e) {
            return; // H2 is not on the class path
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("cannot take over closing the embedded database from H2 ({}); on SIGTERM a run may end"
                    + " interrupted instead of stopped, and the next run resumes it all the same", e.toString());
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: H2's hook is running
        }
    }
}
