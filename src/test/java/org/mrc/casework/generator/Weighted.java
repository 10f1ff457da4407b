package org.mrc.casework.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A weighted choice among values, written as a SQL {@code CASE} over a uniform number in [0, 1): how the generator
 * gives attributes realistic, skewed shares while staying set-based. Weights need not add up to anything.
 */
final class Weighted {

    private final List<String> literals = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    private Weighted() {}

    /** Text values (null allowed) and their weights, alternating: {@code texts("FEMALE", 56, "MALE", 42)}. */
    static Weighted texts(Object... valuesAndWeights) {
        Weighted choice = new Weighted();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            choice.literals.add(SqlText.literal((String) valuesAndWeights[i]));
            choice.weights.add(((Number) valuesAndWeights[i + 1]).doubleValue());
        }
        return choice;
    }

    /** Integer values and their weights, alternating: {@code numbers(3, 40, 4, 25)}. */
    static Weighted numbers(int... valuesAndWeights) {
        Weighted choice = new Weighted();
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            choice.literals.add(Integer.toString(valuesAndWeights[i]));
            choice.weights.add((double) valuesAndWeights[i + 1]);
        }
        return choice;
    }

    /** The indexes 0..n-1 with the given weights. */
    static Weighted indexes(double... weights) {
        Weighted choice = new Weighted();
        for (int i = 0; i < weights.length; i++) {
            choice.literals.add(Integer.toString(i));
            choice.weights.add(weights[i]);
        }
        return choice;
    }

    /** {@code case when u < 0.56 then 'FEMALE' ... else <last> end}; {@code uniform} should be a column. */
    String sql(String uniform) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder sql = new StringBuilder("(case");
        double cumulative = 0;
        for (int i = 0; i < literals.size() - 1; i++) {
            cumulative += weights.get(i);
            sql.append(String.format(
                    Locale.ROOT, " when %s < %.6f then %s", uniform, cumulative / total, literals.get(i)));
        }
        return sql.append(" else ")
                .append(literals.get(literals.size() - 1))
                .append(" end)")
                .toString();
    }
}
