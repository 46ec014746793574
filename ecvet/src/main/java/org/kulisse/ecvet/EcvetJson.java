package org.kulisse.ecvet;

import java.nio.file.Path;
import org.kulisse.core.ImportException;
import org.kulisse.core.json.JsonDocument;
import org.kulisse.core.json.KulisseJson;
import org.kulisse.ecvet.internal.EcvetCodec;

/**
 * Kulisse JSON for the mobility documents: memoranda ({@code "type": "mou"}), learning agreements
 * ({@code "learning-agreement"}), personal transcripts ({@code "transcript"}), learner records
 * ({@code "learner-record"}) and, written only, transfer decisions ({@code "transfer-decisions"}). Same rules as
 * {@link KulisseJson}: located errors, unknown fields kept, deterministic output. Thread-safe.
 */
public final class EcvetJson {
    public static final String TYPE_MOU = EcvetCodec.TYPE_MOU;
    public static final String TYPE_AGREEMENT = EcvetCodec.TYPE_AGREEMENT;
    public static final String TYPE_TRANSCRIPT = EcvetCodec.TYPE_TRANSCRIPT;
    public static final String TYPE_RECORD = EcvetCodec.TYPE_RECORD;
    public static final String TYPE_DECISIONS = EcvetCodec.TYPE_DECISIONS;

    private final KulisseJson json;

    private EcvetJson(KulisseJson json) {
        this.json = json;
    }

    public static EcvetJson create() {
        return new EcvetJson(KulisseJson.create());
    }

    public MemorandumOfUnderstanding readMou(Path file) {
        return expect(json.parse(file), TYPE_MOU).map(EcvetCodec::mou);
    }

    public MemorandumOfUnderstanding readMou(String text) {
        return expect(json.parse(text), TYPE_MOU).map(EcvetCodec::mou);
    }

    public LearningAgreement readAgreement(Path file) {
        return expect(json.parse(file), TYPE_AGREEMENT).map(EcvetCodec::agreement);
    }

    public LearningAgreement readAgreement(String text) {
        return expect(json.parse(text), TYPE_AGREEMENT).map(EcvetCodec::agreement);
    }

    public PersonalTranscript readTranscript(Path file) {
        return expect(json.parse(file), TYPE_TRANSCRIPT).map(EcvetCodec::transcript);
    }

    public PersonalTranscript readTranscript(String text) {
        return expect(json.parse(text), TYPE_TRANSCRIPT).map(EcvetCodec::transcript);
    }

    /**
     * Reads decisions as {@link #writeString(TransferResult)} wrote them. The policy keeps its partial-points choice;
     * the EQF tolerance and accumulation switch are not in the file and come back as the defaults.
     */
    public TransferResult readDecisions(Path file) {
        return expect(json.parse(file), TYPE_DECISIONS).map(EcvetCodec::decisions);
    }

    public TransferResult readDecisions(String text) {
        return expect(json.parse(text), TYPE_DECISIONS).map(EcvetCodec::decisions);
    }

    public LearnerRecord readRecord(Path file) {
        return expect(json.parse(file), TYPE_RECORD).map(EcvetCodec::record);
    }

    public LearnerRecord readRecord(String text) {
        return expect(json.parse(text), TYPE_RECORD).map(EcvetCodec::record);
    }

    public String writeString(MemorandumOfUnderstanding mou) {
        return EcvetCodec.write(mou).toString();
    }

    public String writeString(LearningAgreement agreement) {
        return EcvetCodec.write(agreement).toString();
    }

    public String writeString(PersonalTranscript transcript) {
        return EcvetCodec.write(transcript).toString();
    }

    public String writeString(LearnerRecord record) {
        return EcvetCodec.write(record).toString();
    }

    public String writeString(TransferResult result) {
        return EcvetCodec.write(result).toString();
    }

    public void write(MemorandumOfUnderstanding mou, Path file) {
        KulisseJson.write(EcvetCodec.write(mou), file);
    }

    public void write(LearningAgreement agreement, Path file) {
        KulisseJson.write(EcvetCodec.write(agreement), file);
    }

    public void write(PersonalTranscript transcript, Path file) {
        KulisseJson.write(EcvetCodec.write(transcript), file);
    }

    public void write(LearnerRecord record, Path file) {
        KulisseJson.write(EcvetCodec.write(record), file);
    }

    public void write(TransferResult result, Path file) {
        KulisseJson.write(EcvetCodec.write(result), file);
    }

    private static JsonDocument expect(JsonDocument document, String type) {
        String found = document.type();
        if (!found.equals(type)) {
            throw new ImportException("expected a \"" + type + "\" document, found \"" + found + "\"",
                    document.source(), 0, 0, "/type");
        }
        return document;
    }
}
