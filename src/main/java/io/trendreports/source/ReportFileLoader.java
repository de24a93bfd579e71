package io.trendreports.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one source file and decides whether it is text we can parse. Each rejection names the
 * specific problem so that whoever owns the file can fix it.
 */
public final class ReportFileLoader {

    private final long maxBytes;

    public ReportFileLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The hash is computed first so that even a rejected file is identified in the manifest. */
    public LoadedFile load(Path file) throws RejectedInputException, IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new RejectedInputException("file too large: " + size + " bytes (limit " + maxBytes + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha = Sha256.hex(bytes);
        return new LoadedFile(name, sha, decode(bytes));
    }

    /** Decodes strict UTF-8 (a leading byte-order mark is dropped) or says why it cannot. */
    public static String decode(byte[] bytes) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException("empty file");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new RejectedInputException("not a text file: binary content (NUL byte at offset " + nul + ")");
        }
        String text;
        try {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException("not valid UTF-8 (first bad byte at offset "
                    + firstInvalidUtf8Offset(bytes) + ")");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new RejectedInputException("empty file: only whitespace");
        }
        if (controlCharacterRatio(text) > 0.05) {
            throw new RejectedInputException("not a text file: too many control characters");
        }
        return text;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static double controlCharacterRatio(String text) {
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return (double) controls / text.length();
    }

    static int firstInvalidUtf8Offset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
