package org.kulisse.examples;

import java.util.List;
import org.kulisse.core.model.EqfLevel;
import org.kulisse.core.nqf.NationalFramework;
import org.kulisse.core.nqf.NationalFrameworkLevel;
import org.kulisse.core.nqf.NationalFrameworks;
import org.kulisse.core.spi.NationalFrameworkProvider;

/**
 * A national framework Kulisse does not ship, plugged in through the SPI. Registered by hand here; listing the
 * provider class in {@code META-INF/services/org.kulisse.core.spi.NationalFrameworkProvider} makes
 * {@link NationalFrameworks#defaults()} find it too.
 */
public final class Ex09_CustomNationalFramework {
    private Ex09_CustomNationalFramework() {
    }

    /** Austria's NQR: eight levels referenced one to one (an example; check the official referencing). */
    public static final class AustrianFramework implements NationalFrameworkProvider {
        @Override
        public List<NationalFramework> frameworks() {
            List<NationalFrameworkLevel> levels = new java.util.ArrayList<>();
            for (int level = 1; level <= 8; level++) {
                levels.add(new NationalFrameworkLevel(Integer.toString(level), List.of("NQR " + level),
                        EqfLevel.of(level), null));
            }
            return List.of(new NationalFramework("NQR", List.of("AT"), "Austrian Qualifications Framework (NQR)",
                    null, levels));
        }
    }

    public static void main(String[] args) {
        NationalFrameworks frameworks = NationalFrameworks.builder()
                .discover(Ex09_CustomNationalFramework.class.getClassLoader())
                .add(new AustrianFramework())
                .build();
        System.out.println("AT NQR 4 -> " + frameworks.toEqf("AT", "NQR 4").orElseThrow());
        System.out.println("DE DQR 4 -> " + frameworks.toEqf("DE", "4").orElseThrow());
    }
}
