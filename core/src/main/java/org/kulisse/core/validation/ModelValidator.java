package org.kulisse.core.validation;

import org.kulisse.core.InvalidModelException;
import org.kulisse.core.internal.validation.FrameworkRules;
import org.kulisse.core.internal.validation.JakartaConstraints;
import org.kulisse.core.internal.validation.LearnerRules;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.model.Learner;
import org.kulisse.core.nqf.NationalFrameworks;

/**
 * Validates models in two layers: the field constraints declared on the records (Jakarta Validation, run by Hibernate
 * Validator) and the whole-model rules (unique ids, references that resolve, points that add up, EQF/NQF
 * consistency, languages). Returns a {@link ValidationReport}; never throws for bad data. Thread-safe.
 *
 * <pre>{@code
 * ValidationReport report = ModelValidator.standard().validate(framework);
 * report.errors().forEach(System.out::println);
 * }</pre>
 */
public final class ModelValidator {

    private static final ModelValidator STANDARD = new ModelValidator(null);

    private final NationalFrameworks nationalFrameworks;

    private ModelValidator(NationalFrameworks nationalFrameworks) {
        this.nationalFrameworks = nationalFrameworks;
    }

    /** A validator that checks NQF levels against {@link NationalFrameworks#defaults()}. */
    public static ModelValidator standard() {
        return STANDARD;
    }

    /** A validator that checks NQF levels against the given registry. */
    public static ModelValidator using(NationalFrameworks frameworks) {
        return new ModelValidator(frameworks);
    }

    public ValidationReport validate(CompetenceFramework framework) {
        NationalFrameworks registry = nationalFrameworks != null ? nationalFrameworks : NationalFrameworks.defaults();
        return new ValidationReport(JakartaConstraints.check(framework))
                .merge(new ValidationReport(new FrameworkRules(framework, registry).check()));
    }

    public ValidationReport validate(Learner learner) {
        return new ValidationReport(JakartaConstraints.check(learner))
                .merge(new ValidationReport(new LearnerRules(learner).check()));
    }

    /** Returns the framework if it has no errors, else throws {@link InvalidModelException}. */
    public CompetenceFramework requireValid(CompetenceFramework framework) {
        validate(framework).orThrow();
        return framework;
    }
}
