package org.kulisse.ecvet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Allocating a qualification's ECVET points to its units (rules D1–D2).
 */
public final class PointsAllocation {
    private PointsAllocation() {
    }

    /** D1: 60 points per year of full-time formal VET, rounded to a whole number; must be positive. */
    public static int qualificationPoints(BigDecimal fullTimeYears) {
        int points = fullTimeYears.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
        if (points <= 0) {
            throw new IllegalArgumentException("a qualification needs a positive duration, got " + fullTimeYears
                    + " years");
        }
        return points;
    }

    /**
     * D2: allocates {@code total} whole points to units in proportion to {@code weights} by the largest-remainder
     * method: every unit gets the floor of its quota, then the points left go one each to the largest remainders,
     * ties broken by unit order. The result always sums exactly to {@code total}.
     */
    public static List<Integer> allocate(int total, List<BigDecimal> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("cannot allocate a negative total");
        }
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no units to allocate to");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() <= 0) {
                throw new IllegalArgumentException("weights must be positive, got " + w);
            }
            sum = sum.add(w);
        }
        // quota_i = total × w_i / sum; comparing remainders as numerators over the common denominator keeps it exact
        BigDecimal totalDecimal = BigDecimal.valueOf(total);
        List<Integer> shares = new ArrayList<>(weights.size());
        List<BigDecimal> remainders = new ArrayList<>(weights.size());
        int given = 0;
        for (BigDecimal w : weights) {
            BigDecimal numerator = totalDecimal.multiply(w);
            BigDecimal floor = numerator.divideToIntegralValue(sum);
            shares.add(floor.intValueExact());
            remainders.add(numerator.subtract(floor.multiply(sum)));
            given += floor.intValueExact();
        }
        int left = total - given;
        List<Integer> order = IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            shares.set(i, shares.get(i) + 1);
        }
        return shares;
    }
}
