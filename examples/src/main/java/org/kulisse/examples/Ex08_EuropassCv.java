package org.kulisse.examples;

import java.time.LocalDate;
import org.kulisse.ecvet.CreditTransfer;
import org.kulisse.ecvet.TransferPolicy;
import org.kulisse.ecvet.TransferResult;
import org.kulisse.europass.EuropassCredential;
import org.kulisse.europass.EuropassCv;
import org.kulisse.europass.EuropassImport;
import org.kulisse.europass.EuropassReader;
import org.kulisse.europass.LearnerAchievement;

/** What ECVET recognised becomes a Europass CV (XML v3.4) and a European Digital Credential (ELM JSON-LD). */
public final class Ex08_EuropassCv {
    private Ex08_EuropassCv() {
    }

    public static void main(String[] args) {
        // The units recognised after the Arezzo -> Leipzig mobility: all of U3, three outcomes of U7
        TransferResult recognised = CreditTransfer.with(TransferPolicy.DEFAULT)
                .decide(Backstage.mobility(), LocalDate.of(2026, 6, 15));
        // Learner, framework, provider, placement, target ESCO occupation, ISCED fields
        LearnerAchievement achievement = Backstage.achievement(recognised);

        // The CV in Italian: Europass XML v3.4, in the element order of the official schema
        String cv = EuropassCv.create().locale("it").writeString(achievement);
        System.out.println(cv.lines().filter(line -> line.contains("<Title>") || line.contains("<Code>")).limit(4)
                .map(String::strip).toList());

        // Read it back: any Europass v3.0-v3.4 file gives a typed document, Kulisse's learner and warnings
        EuropassImport read = EuropassReader.create().read(cv, "cv-it.xml");
        System.out.println("EQF level " + read.document().educations().get(0).eqfLevel().orElseThrow().value()
                + ", learner " + read.toLearner().name().family() + ", warnings " + read.warnings().size());

        // The credential: unsigned ELM 3.2 JSON-LD for the EDC issuer, which seals it
        String credential = EuropassCredential.create().writeString(achievement);
        System.out.println("credential: " + credential.length() + " characters, "
                + (credential.contains("\"relatedESCOSkill\"") ? "with" : "without") + " ESCO skills");
    }
}
