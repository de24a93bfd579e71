package io.trendreports.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.trendreports.source.ReportFileScanner;
import io.trendreports.source.Sha256;

/**
 * One SHA-256 over the names and contents of every input file: equal fingerprints mean the run
 * would read exactly the same inputs.
 */
final class InputFingerprint {

    private InputFingerprint() {
    }

    static String of(Path inputDir) throws IOException {
        MessageDigest all = Sha256.digest();
        for (Path file : new ReportFileScanner().scan(inputDir)) {
            all.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(Sha256.ofFile(file).getBytes(StandardCharsets.US_ASCII));
            all.update((byte) '\n');
        }
        return HexFormat.of().formatHex(all.digest());
    }
}
