package org.kulisse.europass;

import java.util.Objects;
import java.util.regex.Pattern;
import org.kulisse.core.model.LocalizedText;

/**
 * The ESCO occupation a learner aims at, for the CV headline and the credential's entitlement.
 *
 * @param uri the ESCO occupation IRI, {@code http://data.europa.eu/esco/occupation/<uuid>}
 * @param label the occupation's preferred label, in as many languages as known
 */
public record TargetOccupation(String uri, LocalizedText label) {

    /** What Europass v3.4 accepts as an occupation code: the UUID at the end of the ESCO IRI. */
    private static final Pattern ESCO_OCCUPATION =
            Pattern.compile("http://data\\.europa\\.eu/esco/occupation/([a-z0-9]{8}-[a-z0-9]{4}-[a-z0-9]{4}"
                    + "-[a-z0-9]{4}-[a-z0-9]{12})");

    public TargetOccupation {
        Objects.requireNonNull(uri, "uri");
        label = label == null ? LocalizedText.empty() : label;
        if (!ESCO_OCCUPATION.matcher(uri).matches()) {
            throw new IllegalArgumentException("not an ESCO occupation IRI: " + uri
                    + " (expected http://data.europa.eu/esco/occupation/<uuid>)");
        }
    }

    /** The UUID that Europass v3.4 writes as the occupation code. */
    public String uuid() {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }
}
