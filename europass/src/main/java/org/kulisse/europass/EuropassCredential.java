package org.kulisse.europass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.kulisse.core.ExportException;
import org.kulisse.ecvet.CompetentInstitution;
import org.kulisse.europass.internal.CredentialModel;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what a learner achieved as an unsigned European Digital Credential: JSON-LD after the European Learning
 * Model 3.2, in the shape of the EDC "generic" profile. Immutable and thread-safe.
 *
 * <pre>{@code
 * String jsonLd = EuropassCredential.create().writeString(achievement);
 * }</pre>
 *
 * <p>The credential subject is the learner, whose claim is a {@code LearningAchievement} of the qualification: awarded
 * by the provider, with one {@code hasPart} achievement per achieved unit (its {@code creditReceived} in ECVET
 * points), {@code influencedBy} the placement abroad as a {@code LearningActivity}, and {@code specifiedBy} the
 * {@code Qualification} with its EQF (and, when known, NQF) level concept, ISCED-F field, ECVET {@code creditPoint}
 * (the point as a string), the units as partial qualifications with their {@code learningOutcome}s and
 * {@code relatedESCOSkill}s, and the target occupation as entitlement. Identifiers are {@code urn:kulisse:...}
 * name-based UUIDs of the framework, learner and object ids, so writing twice gives the same credential.
 *
 * <p>Sealing adds the issue date and the issuer's eIDAS identifier; a caller that already knows them can supply them
 * ({@link #issued(Instant)}, {@link #eidasIdentifier(String)}). Signing itself (JAdES eSeal) is outside Kulisse.
 */
public final class EuropassCredential {
    private final CompetentInstitution issuer;
    private final Instant validFrom;
    private final Instant issued;
    private final String eidasIdentifier;

    private EuropassCredential(CompetentInstitution issuer, Instant validFrom, Instant issued,
            String eidasIdentifier) {
        this.issuer = issuer;
        this.validFrom = validFrom;
        this.issued = issued;
        this.eidasIdentifier = eidasIdentifier;
    }

    /** A writer whose issuer is the achievement's provider and whose validity starts at the award date. */
    public static EuropassCredential create() {
        return new EuropassCredential(null, null, null, null);
    }

    /** The issuing organisation (by default the achievement's provider). */
    public EuropassCredential issuer(CompetentInstitution organisation) {
        return new EuropassCredential(Objects.requireNonNull(organisation), validFrom, issued, eidasIdentifier);
    }

    public EuropassCredential validFrom(Instant instant) {
        return new EuropassCredential(issuer, Objects.requireNonNull(instant), issued, eidasIdentifier);
    }

    /** The issue date, which the sealing step otherwise adds. */
    public EuropassCredential issued(Instant instant) {
        return new EuropassCredential(issuer, validFrom, Objects.requireNonNull(instant), eidasIdentifier);
    }

    /** The issuer's eIDAS legal identifier (e.g. a VAT number), which the sealing step otherwise adds. */
    public EuropassCredential eidasIdentifier(String identifier) {
        return new EuropassCredential(issuer, validFrom, issued, Objects.requireNonNull(identifier));
    }

    /**
     * The credential as a JSON tree.
     *
     * @throws IllegalArgumentException if there is no issuer (neither set nor the achievement's provider) or no date
     *     the validity could start at
     */
    public ObjectNode toJson(LearnerAchievement achievement) {
        CompetentInstitution by = issuer != null ? issuer : achievement.provider();
        if (by == null) {
            throw new IllegalArgumentException("a credential needs an issuer: set one, or give the achievement a "
                    + "provider");
        }
        Instant from = validFrom;
        if (from == null) {
            if (achievement.awarded() == null) {
                throw new IllegalArgumentException("a credential needs a start of validity: set validFrom, or give "
                        + "the achievement an award date");
            }
            from = achievement.awarded().atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return CredentialModel.build(achievement, by, from, issued, eidasIdentifier);
    }

    /** The credential as pretty-printed JSON-LD. */
    public String writeString(LearnerAchievement achievement) {
        return CredentialModel.toJson(toJson(achievement));
    }

    /** The form the EDC online issuer uploads: {@code {"credential": ...}}. */
    public String writeUploadable(LearnerAchievement achievement) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.set("credential", toJson(achievement));
        return CredentialModel.toJson(wrapper);
    }

    public void write(LearnerAchievement achievement, Path file) {
        try {
            Files.writeString(file, writeString(achievement), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
