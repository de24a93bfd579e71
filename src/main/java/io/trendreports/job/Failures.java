package io.trendreports.job;

/** One-line descriptions of failures for logs and the final summary, innermost cause first. */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof java.nio.file.NoSuchFileException || root instanceof java.nio.file.AccessDeniedException
                || root instanceof java.nio.file.FileSystemException) {
            return root.getClass().getSimpleName() + ": " + message;
        }
        return message.lines().findFirst().orElse(message);
    }
}
