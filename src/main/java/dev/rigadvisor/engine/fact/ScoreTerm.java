package dev.rigadvisor.engine.fact;

/**
 * One cited term of a machine's score: points for or against it on one workload (or the whole machine when
 * {@code workload} is null). {@code mistake} names the buying mistake the term stands for (BIG-5, MIS-4), or is
 * null; a machine with a mistake is chosen only when no qualifying machine avoids it.
 */
public record ScoreTerm(String hardware, String workload, String term, double points, String mistake, String reason,
                        Citation cite) {
}
