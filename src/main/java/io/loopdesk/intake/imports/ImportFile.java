package io.loopdesk.intake.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded import file, spooled to a temporary file as it arrives: its size is bounded before anything is
 * imported, it is checked to be UTF-8 (with or without a byte-order mark) in one pass, and then read record by
 * record. Memory holds one buffer and one record, whatever the file's size.
 */
final class ImportFile implements AutoCloseable {

    private final Path path;

    private ImportFile(Path path) {
        this.path = path;
    }

    /** @throws ImportRefusedException when the body is larger than {@code maxBytes} or not UTF-8 */
    static ImportFile spool(InputStream body, long maxBytes) {
        Path path;
        try {
            path = Files.createTempFile("loopdesk-import-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for the import", e);
        }
        ImportFile file = new ImportFile(path);
        try (OutputStream out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw ImportRefusedException.tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            file.close();
            throw new UncheckedIOException("Could not read the import file", e);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        try {
            file.checkUtf8();
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    /** The text, without a leading byte-order mark. */
    Reader reader() throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private void checkUtf8() {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                var result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    throw new ImportRefusedException(
                            "import.not-utf8",
                            "The file is not UTF-8 text (line " + (line + newlines(chars))
                                    + "); save it as UTF-8, e.g. \"CSV UTF-8\" in Excel, and send it again.",
                            false,
                            String.valueOf(line + newlines(chars)));
                }
                line += newlines(chars);
                chars.clear();
                bytes.compact();
            }
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("import.not-utf8", "The file is not UTF-8 text.", false, "?");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the import file", e);
        }
    }

    private static long newlines(CharBuffer chars) {
        long count = 0;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a left-over temporary file is removed with the temporary folder
        }
    }
}
