package dev.rigadvisor.advice;

import java.util.List;

/**
 * How the choice was weighed: its score and terms, the runner-up's, the start-small margin, the terms that decided
 * between them (largest difference first), what would change the answer, and the score of every machine that runs
 * every workload (for `explain --hardware`).
 */
public record Weighing(Score choice, Score runnerUp, double startSmallMarginPoints, List<String> decisive,
                       List<String> flips, List<Score> scored) {

    public Weighing {
        decisive = List.copyOf(decisive);
        flips = List.copyOf(flips);
        scored = scored == null ? List.of() : List.copyOf(scored);
    }

    /** The score of a machine that runs every workload (whether it qualifies or not), if it was scored. */
    public java.util.Optional<Score> of(String hardware) {
        return scored.stream().filter(s -> s.hardware().equals(hardware)).findFirst();
    }

    /**
     * The terms on which two scores differ, largest difference first: each term and workload with both machines'
     * points and the reason on the side that loses points.
     */
    public static List<String> decisive(Score choice, Score other) {
        if (choice == null || other == null) {
            return List.of();
        }
        java.util.Map<String, double[]> points = new java.util.TreeMap<>();
        java.util.Map<String, String> reasons = new java.util.HashMap<>();
        for (int side = 0; side < 2; side++) {
            for (Term t : (side == 0 ? choice : other).terms()) {
                String key = t.term() + (t.workload() == null ? "" : " on " + t.workload());
                points.computeIfAbsent(key, k -> new double[2])[side] += t.points();
                reasons.merge(key + side, t.reason(), (a, b) -> a + "; " + b);
            }
        }
        return points.entrySet().stream()
                .filter(e -> Math.abs(e.getValue()[0] - e.getValue()[1]) >= 0.005)
                .sorted(java.util.Comparator.comparingDouble((java.util.Map.Entry<String, double[]> e)
                        -> -Math.abs(e.getValue()[0] - e.getValue()[1])).thenComparing(java.util.Map.Entry::getKey))
                .map(e -> {
                    double[] p = e.getValue();
                    String loser = reasons.get(e.getKey() + (p[0] < p[1] ? 0 : 1));
                    return e.getKey() + ": " + signed(p[0]) + " for " + choice.hardware() + ", " + signed(p[1]) + " for "
                            + other.hardware() + (loser == null ? "" : " (" + loser + ")");
                }).toList();
    }

    private static String signed(double points) {
        String text = dev.rigadvisor.engine.FactLabel.num(points);
        return points > 0 ? "+" + text : text;
    }

    /** A machine's score and the cited terms it is the sum of. */
    public record Score(String hardware, String name, double score, double priceUsd, List<Term> terms) {

        public Score {
            terms = List.copyOf(terms);
        }
    }

    /** One term: what it weighs, on which workload (null for the machine), its points, advice and reason. */
    public record Term(String term, String workload, double points, String advice, String reason) {
    }
}
