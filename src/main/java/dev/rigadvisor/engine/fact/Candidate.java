package dev.rigadvisor.engine.fact;

/**
 * A machine with no blocking reason against it, with what ranks it: workloads that must spill to system
 * RAM, workloads below their target format, preference points, and price.
 */
public record Candidate(String hardware, int shortfalls, int compromises, int points, double priceUsd) {

    /** True when this candidate ranks above the other: fewer shortfalls, fewer compromises, more points, cheaper. */
    public boolean beats(Candidate other) {
        if (shortfalls != other.shortfalls) {
            return shortfalls < other.shortfalls;
        }
        if (compromises != other.compromises) {
            return compromises < other.compromises;
        }
        if (points != other.points) {
            return points > other.points;
        }
        if (priceUsd != other.priceUsd) {
            return priceUsd < other.priceUsd;
        }
        return hardware.compareTo(other.hardware) < 0;
    }
}
