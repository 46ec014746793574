package org.kulisse.core.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.kulisse.core.json.JsonCursor;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.validation.Violation;
import org.kulisse.core.validation.ViolationCodes;

/**
 * Runs the Jakarta constraints declared on the model records and turns each violation into a {@link Violation}
 * whose path is the JSON pointer of the value (record component names equal JSON field names).
 */
public final class JakartaConstraints {

    // Built once: bootstrapping Hibernate Validator is expensive. The parameter interpolator avoids needing an
    // Expression Language implementation at run time.
    private static final Validator VALIDATOR;

    static {
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        VALIDATOR = factory.getValidator();
    }

    private JakartaConstraints() {
    }

    public static List<Violation> check(Object model) {
        Set<ConstraintViolation<Object>> found = VALIDATOR.validate(model);
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> v : found) {
            boolean eqf = v.getLeafBean() instanceof EqfLevel;
            String pointer = pointer(v.getPropertyPath(), eqf);
            violations.add(Violation.error(pointer, code(v, eqf), message(v, eqf)));
        }
        return violations;
    }

    private static String pointer(Path path, boolean dropLeaf) {
        List<String> segments = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    segments.add(JsonCursor.escape(position.toString()));
                }
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                segments.add(JsonCursor.escape(node.getName()));
            }
        }
        // An EQF level is a bare number in JSON: the pointer names the level, not its "value" component.
        if (dropLeaf && !segments.isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        return segments.isEmpty() ? "" : "/" + String.join("/", segments);
    }

    private static String code(ConstraintViolation<?> v, boolean eqf) {
        if (eqf) {
            return ViolationCodes.EQF_LEVEL_OUT_OF_RANGE;
        }
        Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        return switch (type.getSimpleName()) {
            case "NotNull", "NotBlank", "NotEmpty" -> ViolationCodes.REQUIRED;
            case "Pattern", "Email" -> ViolationCodes.MALFORMED_VALUE;
            case "Past", "PastOrPresent" -> ViolationCodes.DATE_NOT_IN_PAST;
            default -> ViolationCodes.OUT_OF_RANGE;
        };
    }

    private static String message(ConstraintViolation<?> v, boolean eqf) {
        if (eqf) {
            return "EQF level " + v.getInvalidValue() + " does not exist; EQF levels are 1 to 8";
        }
        Object value = v.getInvalidValue();
        boolean showValue = value != null && !(value instanceof String s && s.isBlank());
        return v.getMessage() + (showValue ? " (found " + value + ")" : "");
    }
}
