package dev.rigadvisor.engine.fact;

/**
 * A machine with no blocking reason against it, with what the selection rules rank it by: workloads that must
 * spill to system RAM, workloads below their target format (or markedly slower), preference points, price, and
 * the memory bandwidth it generates at.
 */
public record Candidate(String hardware, int shortfalls, int compromises, int points, double priceUsd,
                        double bandwidthGbs) {
}
