package io.trendreports.job;

/** One-line descriptions of failures for logs and the final summary, innermost cause first. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable t) {
        Throwable root = rootCause(t);
        if (root instanceof java.nio.file.FileSystemException) {
            // their message is only a path; the class says what went wrong with it
            return root.getClass().getSimpleName() + ": " + message(root);
        }
        return rootMessage(t);
    }

    /** The first line of the innermost cause's message (its class name when it has none). */
    public static String rootMessage(Throwable t) {
        String message = message(rootCause(t));
        return message.lines().findFirst().orElse(message);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
