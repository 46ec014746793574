package org.kulisse.core.nqf;

import java.util.List;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.spi.NationalFrameworkProvider;

/** A custom framework as a user would plug one in: Austria's NQR (levels 1–8, one to one). */
public class TestProvider implements NationalFrameworkProvider {
    @Override
    public List<NationalFramework> frameworks() {
        return List.of(new NationalFramework("NQR", List.of("AT"), "Austrian Qualifications Framework (NQR)", null,
                List.of(new NationalFrameworkLevel("4", List.of("NQR 4"), EqfLevel.of(4), null),
                        new NationalFrameworkLevel("5", List.of("NQR 5"), EqfLevel.of(5), null))));
    }
}
