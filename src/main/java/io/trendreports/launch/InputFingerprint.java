package io.trendreports.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import io.trendreports.source.InputDigests;
import io.trendreports.source.ReportFileScanner;
import io.trendreports.source.Sha256;

/**
 * One SHA-256 over the names and contents of every input file: equal fingerprints mean the run
 * would read exactly the same inputs.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    /** @param files the input folder's files, as {@link ReportFileScanner} lists them */
    static String of(List<Path> files) throws IOException {
        MessageDigest all = Sha256.digest();
        for (Path file : files) {
            all.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(InputDigests.of(file).getBytes(StandardCharsets.US_ASCII));
            all.update((byte) '\n');
        }
        return HexFormat.of().formatHex(all.digest());
    }
}
