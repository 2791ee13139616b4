package dev.rigadvisor.engine.fact;

/**
 * A machine that runs every workload, with its score (the sum of its terms), how many of the documents' buying
 * mistakes it makes, its price (nothing for a machine already owned) and bandwidth. It {@code qualifies} when no
 * blocking reason rules it out; one that does not is still scored, to say what a bigger budget would buy.
 */
public record Candidate(String hardware, double score, int mistakes, double priceUsd, double bandwidthGbs,
                        boolean qualifies) {
}
