package org.kulisse.europass.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.kulisse.core.ImportException;

/**
 * Reads XML into {@link XmlNode}s with StAX, refusing what a Europass document never needs: a DOCTYPE (and with it
 * every entity trick: external files, remote fetches, parameter entities, expansion bombs), more bytes than allowed,
 * text nodes larger than allowed, and absurd nesting.
 */
public final class SecureXml {
    private static final int MAX_DEPTH = 100;

    private SecureXml() {
    }

    /**
     * @param rootCheck sees the root element as soon as it starts (before its content), so that a foreign document
     *     is refused with a clear reason rather than with whatever parse error its content causes further on
     */
    public static XmlNode read(InputStream in, String source, long maxBytes, long maxTextChars,
            java.util.function.Consumer<XmlNode> rootCheck) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = null;
        try {
            reader = factory.createXMLStreamReader(new Limited(in, maxBytes, source), null);
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw error(reader, source,
                            "a DOCTYPE is not allowed: Europass documents have none, and DTDs carry entity attacks "
                                    + "(external files, remote fetches, entity expansion)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw error(reader, source,
                            "the entity reference &" + reader.getLocalName() + "; is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            throw error(reader, source, "elements nested deeper than " + MAX_DEPTH);
                        }
                        Location at = reader.getLocation();
                        String name = reader.getLocalName();
                        XmlNode parent = open.peek();
                        XmlNode node = new XmlNode(reader.getNamespaceURI(), name,
                                (parent == null ? "" : parent.path) + "/" + name, at.getLineNumber(),
                                at.getColumnNumber());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            node.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (parent == null) {
                            rootCheck.accept(node);
                            root = node;
                        } else {
                            parent.children.add(node);
                        }
                        open.push(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
                            XMLStreamConstants.SPACE -> {
                        XmlNode current = open.peek();
                        if (current != null) {
                            if (current.text.length() + reader.getTextLength() > maxTextChars) {
                                throw error(reader, source, "the text of " + current.path + " is longer than "
                                        + maxTextChars + " characters (the configured limit)");
                            }
                            current.text.append(reader.getTextCharacters(), reader.getTextStart(),
                                    reader.getTextLength());
                        }
                    }
                    default -> {
                        // comments and processing instructions carry nothing Europass needs
                    }
                }
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage();
            // The JDK prefixes its message with the location; keep only the reason.
            int reason = message == null ? -1 : message.indexOf("Message: ");
            throw new ImportException(reason < 0 ? String.valueOf(message) : message.substring(reason + 9),
                    source, at == null ? -1 : at.getLineNumber(), at == null ? -1 : at.getColumnNumber(), null, e);
        } catch (SizeLimit e) {
            throw new ImportException(e.getMessage(), source, -1, -1, null);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed
                }
            }
        }
        if (root == null) {
            throw new ImportException("the document is empty (no root element)", source, 1, 1, null);
        }
        return root;
    }

    private static ImportException error(XMLStreamReader reader, String source, String problem) {
        Location at = reader.getLocation();
        return new ImportException(problem, source, at.getLineNumber(), at.getColumnNumber(), null);
    }

    /** Thrown through the parser when the input passes its byte limit. */
    private static final class SizeLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SizeLimit(String message) {
            super(message);
        }
    }

    /** An input stream that stops at a byte limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private final String source;
        private long count;

        Limited(InputStream in, long max, String source) {
            super(in);
            this.max = max;
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            count += n;
            if (count > max) {
                throw new SizeLimit(source + " is larger than " + max + " bytes (the configured maximum document "
                        + "size)");
            }
        }
    }
}
