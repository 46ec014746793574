package org.kulisse.core.spi;

import java.util.List;
import org.kulisse.core.nqf.NationalFramework;

/**
 * Supplies national qualifications frameworks. Implementations are found with {@link java.util.ServiceLoader} (list
 * the class in {@code META-INF/services/org.kulisse.core.spi.NationalFrameworkProvider}) or registered by hand with
 * {@link org.kulisse.core.nqf.NationalFrameworks.Builder#add(NationalFrameworkProvider)}.
 */
public interface NationalFrameworkProvider {

    /** The frameworks this provider knows; called once per registry. */
    List<NationalFramework> frameworks();
}
