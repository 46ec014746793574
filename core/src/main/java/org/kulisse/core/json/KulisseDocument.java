package org.kulisse.core.json;

import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Learner;

/**
 * A Kulisse JSON document of a kind that core knows, as {@link KulisseJson#read} returns it. Documents of other
 * modules (ECVET, Europass) have readers of their own.
 */
public sealed interface KulisseDocument permits KulisseDocument.Framework, KulisseDocument.LearnerDoc {

    /** The value of the document's {@code "type"} field. */
    String type();

    /** A {@code "type": "framework"} document. */
    record Framework(CompetenceFramework framework) implements KulisseDocument {
        @Override
        public String type() {
            return KulisseJson.TYPE_FRAMEWORK;
        }
    }

    /** A {@code "type": "learner"} document. */
    record LearnerDoc(Learner learner) implements KulisseDocument {
        @Override
        public String type() {
            return KulisseJson.TYPE_LEARNER;
        }
    }
}
