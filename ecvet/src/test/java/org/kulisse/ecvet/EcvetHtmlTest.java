package org.kulisse.ecvet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.core.model.LocalizedText;
import org.kulisse.core.testing.Fixtures;

class EcvetHtmlTest {

    private static TransferCase sample() {
        return Cases.rigging(List.of(Target.wholeUnit("RIG-U1")), List.of(
                OutcomeResult.of("RIG-U1-K1", AssessmentResult.PASSED, Cases.END),
                OutcomeResult.of("RIG-U1-S1", AssessmentResult.FAILED, Cases.END)));
    }

    @Test
    void documentsAreHtml5InTheRequestedLanguageWithEscapedText() {
        TransferCase c = sample();
        MemorandumOfUnderstanding mou = new MemorandumOfUnderstanding(c.mou().id(),
                LocalizedText.of("en", "Trust <b>each</b> other & co.", "de", "Vertrauen"), c.mou().signatories(),
                List.of(), c.mou().qualifications(), List.of(), c.mou().unitCorrespondences(), null,
                c.mou().validity(), null, List.of(), null);
        String en = EcvetHtml.mou(mou, "en");
        assertThat(en).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("Trust &lt;b&gt;each&lt;/b&gt; other &amp; co.").doesNotContain("<b>");
        assertThat(EcvetHtml.mou(mou, "de")).contains("Vertrauen").contains("lang=\"de\"");
        // a language the text lacks falls back to the first one it has
        assertThat(EcvetHtml.mou(mou, "bg")).contains("Trust &lt;b&gt;");

        String agreement = EcvetHtml.agreement(c.agreement(), Fixtures.rigging(), "de");
        assertThat(agreement).contains("Anschlagmittel beschreiben.").contains("Ada Byron");
        String transcript = EcvetHtml.transcript(c.transcript(), Fixtures.rigging(), "en");
        assertThat(transcript).contains("class=\"FAILED\"").contains("Describe rigging hardware.");
        TransferResult result = CreditTransfer.with(TransferPolicy.DEFAULT).decide(c, LocalDate.of(2026, 7, 1));
        assertThat(EcvetHtml.decisions(result, c, "en")).contains("PARTIAL").contains("LO_FAILED")
                .contains("Still needed at home");
    }
}
