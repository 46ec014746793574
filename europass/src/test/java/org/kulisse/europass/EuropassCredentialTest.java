package org.kulisse.europass;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kulisse.europass.testing.EdcShapes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EuropassCredentialTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> violations(String credential) {
        return EdcShapes.load().violations(credential);
    }

    @Test
    void unsignedCredentialFailsOnlyWhereSealingAdds() {
        String credential = EuropassCredential.create().writeString(Achievements.rigging());
        List<String> violations = violations(credential);
        assertThat(violations).hasSize(2);
        assertThat(violations).anyMatch(v -> v.contains("credentials#issued>"))
                .anyMatch(v -> v.contains("credentials#issuer>") && v.contains("IssuerNodeShape"));
    }

    @Test
    void carriesTheModelAsElmTerms() {
        LearnerAchievement achievement = Achievements.rigging();
        String text = EuropassCredential.create().writeString(achievement);
        assertThat(EuropassCredential.create().writeString(achievement)).isEqualTo(text);
        JsonNode credential = JSON.readTree(text);
        assertThat(credential.get("type").toString()).contains("EuropeanDigitalCredential");
        JsonNode claim = credential.get("credentialSubject").get("hasClaim");
        assertThat(claim.get("hasPart")).hasSize(2);
        assertThat(claim.get("influencedBy").get("type").asString()).isEqualTo("LearningActivity");
        assertThat(claim.get("influencedBy").get("temporal").get("startDate").asString())
                .isEqualTo("2026-04-13T00:00:00Z");
        JsonNode qualification = claim.get("specifiedBy");
        assertThat(qualification.get("type").asString()).isEqualTo("Qualification");
        assertThat(qualification.get("eqfLevel").get("id").asString()).isEqualTo("http://data.europa.eu/snb/eqf/4");
        assertThat(qualification.get("nqfLevel").get("id").asString()).startsWith("http://data.europa.eu/snb/qdr/");
        assertThat(qualification.get("thematicArea").get("id").asString())
                .isEqualTo("http://data.europa.eu/snb/isced-f/0215");
        JsonNode points = qualification.get("creditPoint");
        assertThat(points.get("framework").get("id").asString())
                .isEqualTo("http://data.europa.eu/snb/education-credit/60b314e826");
        assertThat(points.get("point").isString()).isTrue();
        assertThat(points.get("point").asString()).isEqualTo("20");
        JsonNode unit = qualification.get("hasPart").get(0);
        assertThat(unit.get("isPartialQualification").asBoolean()).isTrue();
        assertThat(unit.get("creditPoint").get("point").asString()).isEqualTo("12");
        assertThat(unit.get("learningOutcome").get(1).get("relatedESCOSkill").get(0).get("id").asString())
                .isEqualTo("http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000001");
        assertThat(qualification.get("entitlesTo").get("limitOccupation").get("id").asString())
                .isEqualTo(Achievements.STAGE_TECHNICIAN);
        // the same node ids whatever else changes: derived from framework, learner and object ids
        assertThat(claim.get("hasPart").get(0).get("specifiedBy").get("id")).isEqualTo(unit.get("id"));
        JsonNode uploadable = JSON.readTree(EuropassCredential.create().writeUploadable(achievement));
        assertThat(uploadable.get("credential")).isEqualTo(credential);
    }

    @Test
    void aBrokenCredentialIsReportedPrecisely() {
        ObjectNode credential = (ObjectNode) JSON.readTree(EuropassCredential.create()
                .issued(Instant.parse("2026-07-02T10:00:00Z")).eidasIdentifier("VATDE-123456789")
                .writeString(Achievements.rigging()));
        ((ObjectNode) credential.get("credentialSubject").get("hasClaim").get("specifiedBy")).remove("title");
        assertThat(violations(credential.toString())).isNotEmpty().allSatisfy(v -> assertThat(v)
                .contains("<http://purl.org/dc/terms/title> on urn:kulisse:qualification:")
                .contains("expected min 1"));
    }

    @Test
    void credentialWithIssueDateAndEidasIdentifierConforms() {
        String credential = EuropassCredential.create().issued(Instant.parse("2026-07-02T10:00:00Z"))
                .eidasIdentifier("VATDE-123456789").writeString(Achievements.rigging());
        assertThat(violations(credential)).isEmpty();
    }
}
