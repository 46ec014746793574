package org.kulisse.europass;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kulisse.core.ImportException;
import org.kulisse.europass.internal.DocumentReader;
import org.kulisse.europass.internal.SecureXml;

/**
 * Reads Europass XML v3.0-v3.4 ({@code SkillsPassport}) documents. Immutable and thread-safe.
 *
 * <pre>{@code
 * EuropassImport cv = EuropassReader.create().read(Path.of("Europass-CV.xml"));
 * cv.warnings().forEach(System.err::println);
 * Learner learner = cv.toLearner();
 * }</pre>
 *
 * <p>Lenient where old and official files are faulty (ISCO occupation codes, printing preferences, invalid levels such
 * as "Br", missing document information, the "Attachement" typo): those become {@link EuropassWarning}s. Strict where
 * reading would be unsafe or meaningless: malformed XML, a DOCTYPE or entity reference, a document or attachment over
 * the size limits ({@link ImportException} with line and column), and documents that are not Europass v3
 * ({@link UnsupportedDocumentException}, also for the v1/v2 {@code learnerinfo} format).
 */
public final class EuropassReader {
    /** Default maximum document size: 16 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L << 20;
    /** Default maximum size of one decoded attachment: 5 MiB. */
    public static final long DEFAULT_MAX_ATTACHMENT_BYTES = 5L << 20;

    private final long maxDocumentBytes;
    private final long maxAttachmentBytes;

    private EuropassReader(long maxDocumentBytes, long maxAttachmentBytes) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    public static EuropassReader create() {
        return new EuropassReader(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_ATTACHMENT_BYTES);
    }

    public EuropassReader maxDocumentBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the maximum document size must be positive");
        }
        return new EuropassReader(bytes, maxAttachmentBytes);
    }

    public EuropassReader maxAttachmentBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("the maximum attachment size must be positive");
        }
        return new EuropassReader(maxDocumentBytes, bytes);
    }

    public EuropassImport read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), file.toString(), -1, -1, null, e);
        }
    }

    public EuropassImport read(String xml, String sourceName) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sourceName);
    }

    public EuropassImport read(InputStream in, String sourceName) {
        // base64 text is 4/3 of the bytes it holds; a little slack for line breaks
        long maxText = Math.max(maxDocumentBytes, maxAttachmentBytes / 3 * 4 + 4096);
        return DocumentReader.read(SecureXml.read(in, sourceName, maxDocumentBytes, maxText,
                root -> DocumentReader.checkRoot(root, sourceName)), sourceName,
                maxAttachmentBytes);
    }
}
