package org.kulisse.europass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kulisse.core.ImportException;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.model.Learner;
import org.kulisse.core.testing.Fixtures;
import org.kulisse.core.testing.SharedData;

class EuropassReaderTest {
    private final EuropassReader reader = EuropassReader.create();

    static Stream<Path> readableFiles() throws IOException {
        Path europass = SharedData.require("europass");
        try (Stream<Path> files = Stream.concat(Files.walk(europass.resolve("examples")),
                Files.walk(europass.resolve("legacy")))) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("readableFiles")
    void readsEveryOfficialAndLegacyV3File(Path file) {
        EuropassImport read = reader.read(file);
        assertThat(read.document().locale()).isNotBlank();
        assertThat(read.warnings()).allSatisfy(w -> assertThat(w.line()).isPositive());
    }

    @Test
    void readsTheOfficialV34ExampleWithItsContent() {
        EuropassImport cv = reader.read(SharedData.require("europass/examples/Europass_CV_V3.4.0_Example.xml"));
        assertThat(cv.version()).isEqualTo("V3.4");
        EuropassDocument d = cv.document();
        assertThat(d.info().documentType()).isEqualTo(DocumentType.ECV_ESP);
        assertThat(d.identification().surname()).isEqualTo("NORRIS");
        assertThat(d.identification().birthdate().toLocalDate()).hasValueSatisfying(
                b -> assertThat(b).hasToString("1940-03-10"));
        assertThat(d.educations().get(0).eqfLevel()).contains(EqfLevel.of(6));
        assertThat(d.educations().get(0).field().code()).isEqualTo("21");
        assertThat(d.workExperiences().get(0).activities().text())
                .startsWith("Main activities and responsibilities:\nPreparing class plans in advance.");
        assertThat(d.skills().foreignLanguages().get(0).listening()).isEqualTo("C1");
        assertThat(d.skills().drivingLicences()).containsExactly("A", "B", "BE");
        assertThat(d.achievements()).extracting(a -> a.title().code()).contains("projects", "courses");
        Learner learner = cv.toLearner();
        assertThat(learner.name().family()).isEqualTo("NORRIS");
        assertThat(learner.nationality()).isEqualTo("US");
        assertThat(learner.languages()).extracting(l -> l.language()).containsExactly("en", "ja", "grc");
        assertThat(cv.warnings()).extracting(EuropassWarning::message)
                .anyMatch(m -> m.startsWith("printing preferences ignored"));
    }

    @Test
    void warnsAboutCedefopsOwnFaultsInsteadOfFailing() {
        EuropassImport withCl = reader.read(
                SharedData.require("europass/examples/Europass_CVwithCL_V3.4.0_Example.xml"));
        assertThat(withCl.warnings()).extracting(EuropassWarning::message)
                .anyMatch(m -> m.contains("\"Br\""))
                .anyMatch(m -> m.equals("cover letter not read"));
        String isco = "<SkillsPassport xmlns='http://europass.cedefop.europa.eu/Europass' locale='en'>"
                + "<DocumentInfo><DocumentType>ECV</DocumentType><XSDVersion>V3.3</XSDVersion></DocumentInfo>"
                + "<LearnerInfo><Headline><Description><Code>12332</Code><Label>Manager</Label></Description>"
                + "</Headline></LearnerInfo></SkillsPassport>";
        EuropassImport v33 = reader.read(isco, "isco.xml");
        assertThat(v33.document().headline().description().code()).isEqualTo("12332");
        assertThat(v33.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("ISCO-88");
            assertThat(w.path()).isEqualTo("/SkillsPassport/LearnerInfo/Headline/Description");
            assertThat(w.line()).isEqualTo(1);
        });
        EuropassImport fragment = reader.read(SharedData.require("europass/legacy/v3.0-fragments/Attachments.xml"));
        assertThat(fragment.warnings()).extracting(EuropassWarning::message)
                .anyMatch(m -> m.contains("no DocumentInfo") || m.contains("Attachement"));
    }

    @Test
    void everyInvalidFileGivesAClearError() {
        Path invalid = SharedData.require("europass/invalid");
        for (String name : List.of("empty.xml", "excel.xml", "other.xml", "unreadable-version.xml",
                "Europass-CV-version2.0-badformat.xml", "Europass-CV-version2.0-corrupt1.xml")) {
            assertThatThrownBy(() -> reader.read(invalid.resolve(name))).as(name)
                    .isInstanceOf(ImportException.class)
                    .satisfies(e -> assertThat(((ImportException) e).source()).hasValueSatisfying(
                            s -> assertThat(s).endsWith(name)));
        }
        assertThatThrownBy(() -> reader.read(invalid.resolve("unreadable-version.xml")))
                .isInstanceOf(UnsupportedDocumentException.class).hasMessageContaining("V2.0 learnerinfo");
        // refused at its root element, before the malformed content further down
        assertThatThrownBy(() -> reader.read(invalid.resolve("Europass-CV-version2.0-badformat.xml")))
                .isInstanceOf(UnsupportedDocumentException.class).hasMessageContaining(":3:288: ");
        assertThatThrownBy(() -> reader.read(invalid.resolve("excel.xml"))).isInstanceOf(ImportException.class)
                .hasMessageContaining(":1:1: ");
        assertThatThrownBy(() -> reader.read(invalid.resolve("other.xml")))
                .isInstanceOf(UnsupportedDocumentException.class).hasMessageContaining("<whatever>");
        // well-formed but out of order: read, with the order reported; the schema check gives the error
        EuropassImport wrongOrder = reader.read(invalid.resolve(
                "Europass_LP_V3.4.0_wrong-skill-order.test-resource.xml"));
        assertThat(wrongOrder.warnings()).extracting(EuropassWarning::message)
                .anyMatch(m -> m.contains("the schema wants the order"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file-read.xml", "http-fetch.xml", "external-dtd.xml", "parameter-entity.xml",
            "billion-laughs.xml", "undeclared-entity.xml"})
    void refusesEntityAttacksWithoutTouchingFilesOrNetwork(String name) throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY leak 'LEAKED'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String xml = corpus(name).replace("PORT", Integer.toString(server.getAddress().getPort()));
            assertThatThrownBy(() -> reader.read(xml, name)).isInstanceOf(ImportException.class)
                    .hasMessageNotContaining("root:")
                    .satisfies(e -> assertThat(((ImportException) e).line()).isPositive());
            SchemaReport report = EuropassSchema.load(SharedData.require("europass/schema-v3.4.1"))
                    .validate(xml.getBytes(StandardCharsets.UTF_8), name);
            assertThat(report.isValid()).isFalse();
            assertThat(report.problems().toString()).doesNotContain("root:");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void ignoresXIncludeInsteadOfFollowingIt() throws IOException {
        EuropassImport read = reader.read(corpus("xinclude.xml"), "xinclude.xml");
        assertThat(read.document().identification().firstName()).isNull();
        assertThat(read.toString()).doesNotContain("root:");
    }

    @Test
    void enforcesTheSizeLimits() {
        String xml = EuropassCv.create().writeString(Achievements.rigging());
        assertThatThrownBy(() -> reader.maxDocumentBytes(1000).read(xml, "big.xml"))
                .isInstanceOf(ImportException.class).hasMessageContaining("larger than 1000 bytes");
        String withAttachment = "<SkillsPassport xmlns='http://europass.cedefop.europa.eu/Europass' locale='en'>"
                + "<LearnerInfo/><AttachmentList><Attachment id='A1'><MimeType>application/pdf</MimeType>"
                + "<Data>" + "QUFB".repeat(100) + "</Data></Attachment></AttachmentList></SkillsPassport>";
        assertThat(reader.read(withAttachment, "a.xml").document().attachments().get(0).size()).isEqualTo(300);
        assertThatThrownBy(() -> reader.maxAttachmentBytes(200).read(withAttachment, "a.xml"))
                .isInstanceOf(ImportException.class).hasMessageContaining("A1 holds 300 bytes");
    }

    @Test
    void writeReadWriteIsStable() {
        for (String language : List.of("en", "de")) {
            EuropassCv cv = EuropassCv.create().locale(language);
            EuropassDocument written = cv.toDocument(Achievements.rigging());
            String first = EuropassCv.writeString(written);
            EuropassImport read = reader.read(first, "cv.xml");
            assertThat(read.warnings()).isEmpty();
            assertThat(read.document()).isEqualTo(written);
            assertThat(EuropassCv.writeString(read.document())).isEqualTo(first);
            Learner learner = read.toLearner();
            assertThat(learner.name()).isEqualTo(Fixtures.learner().name());
            assertThat(learner.languages()).isEqualTo(Fixtures.learner().languages());
            assertThat(learner.birthDate()).isEqualTo(Fixtures.learner().birthDate());
            assertThat(read.document().educations().get(0).eqfLevel()).contains(EqfLevel.of(4));
        }
    }

    private static String corpus(String name) throws IOException {
        try (InputStream in = EuropassReaderTest.class.getResourceAsStream("xxe/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
