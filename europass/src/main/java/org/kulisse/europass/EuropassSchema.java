package org.kulisse.europass;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.kulisse.core.ConfigurationException;
import org.kulisse.core.ImportException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The official Europass XML Schema, compiled once, for validating documents. Thread-safe.
 *
 * <p>The schema is not shipped with Kulisse (its licence is the EU's); users point at their copy of the v3.4.1 set.
 * The official files include code lists by absolute URLs on a retired site, so the folder must hold an OASIS
 * {@code catalog.xml} that maps them to local copies; nothing is ever fetched over the network.
 *
 * <pre>{@code
 * EuropassSchema schema = EuropassSchema.load(Path.of("schema-v3.4.1"));
 * SchemaReport report = schema.validate(Path.of("cv-en.xml"));
 * }</pre>
 */
public final class EuropassSchema {
    /** The main schema file of the official set. */
    public static final String MAIN_SCHEMA = "EuropassSchema.xsd";
    /** The catalog that maps the set's remote includes to local files. */
    public static final String CATALOG = "catalog.xml";

    private final Schema schema;
    private final Path dir;

    private EuropassSchema(Schema schema, Path dir) {
        this.schema = schema;
        this.dir = dir;
    }

    /**
     * Compiles the schema in a folder holding {@value #MAIN_SCHEMA} and {@value #CATALOG}.
     *
     * @throws ConfigurationException if a file is missing or the schema does not compile offline
     */
    public static EuropassSchema load(Path dir) {
        Path main = dir.resolve(MAIN_SCHEMA);
        Path catalog = dir.resolve(CATALOG);
        if (!Files.isRegularFile(main)) {
            throw new ConfigurationException("no " + MAIN_SCHEMA + " in " + dir
                    + " (point at the folder of the official Europass XML Schema v3.4.1)");
        }
        if (!Files.isRegularFile(catalog)) {
            throw new ConfigurationException("no " + CATALOG + " in " + dir + ": the official schema includes code "
                    + "lists by URL, and a catalog must map them to local files");
        }
        URI catalogUri = catalog.toAbsolutePath().toUri();
        // RESOLVE=continue: relative includes between the schema files are not in the catalog and resolve normally
        CatalogResolver resolver = CatalogManager.catalogResolver(
                CatalogFeatures.builder().with(CatalogFeatures.Feature.RESOLVE, "continue").build(), catalogUri);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Only local files: what the catalog did not map stays unresolved instead of being fetched.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        } catch (SAXException e) {
            throw new ConfigurationException("the XML schema factory refuses secure settings: " + e.getMessage(), e);
        }
        factory.setResourceResolver(resolver);
        try {
            return new EuropassSchema(factory.newSchema(main.toFile()), dir);
        } catch (SAXException e) {
            throw new ConfigurationException("the Europass schema in " + dir + " does not compile: " + e.getMessage(),
                    e);
        }
    }

    /** The folder the schema was loaded from. */
    public Path dir() {
        return dir;
    }

    /** Validates a file. */
    public SchemaReport validate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in, file.toString());
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), file.toString(), -1, -1, null, e);
        }
    }

    /** Validates a document held in memory. */
    public SchemaReport validate(byte[] document, String sourceName) {
        return validate(new ByteArrayInputStream(document), sourceName);
    }

    /**
     * Validates a stream. A DOCTYPE is refused (reported as FATAL): Europass documents have none, and refusing it
     * keeps entity tricks out.
     */
    public SchemaReport validate(InputStream in, String sourceName) {
        List<SchemaProblem> problems = new ArrayList<>();
        Validator validator = schema.newValidator();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add(problem(SchemaProblem.Severity.WARNING, sourceName, e));
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(problem(SchemaProblem.Severity.ERROR, sourceName, e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        };
        validator.setErrorHandler(handler);
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            InputSource source = new InputSource(in);
            source.setSystemId(sourceName);
            validator.validate(new SAXSource(secureReader(), source));
        } catch (SAXParseException e) {
            problems.add(problem(SchemaProblem.Severity.FATAL, sourceName, e));
        } catch (SAXException e) {
            problems.add(new SchemaProblem(SchemaProblem.Severity.FATAL, sourceName, -1, -1, e.getMessage()));
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), sourceName, -1, -1, null, e);
        }
        return new SchemaReport(sourceName, problems);
    }

    private static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new ConfigurationException("the XML parser refuses secure settings: " + e.getMessage(), e);
        }
    }

    private static SchemaProblem problem(SchemaProblem.Severity severity, String source, SAXParseException e) {
        return new SchemaProblem(severity, source, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }
}
