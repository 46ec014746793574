/**
 * Europass: the legacy Europass XML v3.4 CV ({@code SkillsPassport}) written, validated against the official schema
 * and read back, and European Digital Credentials (ELM 3.2 JSON-LD) written for what a learner achieved.
 *
 * <p>Entry points: {@link org.kulisse.europass.EuropassCv} (write), {@link org.kulisse.europass.EuropassSchema}
 * (validate), {@link org.kulisse.europass.EuropassReader} (read v3.0-v3.4) and
 * {@link org.kulisse.europass.EuropassCredential} (ELM). All of them take a {@link
 * org.kulisse.europass.LearnerAchievement}: a learner, a framework and what the learner achieved of one qualification.
 */
package org.kulisse.europass;
