package dev.rigadvisor.engine.fact;

/** A workload that fits a machine but runs markedly slower there than on a discrete CUDA card. */
public record SlowRun(String hardware, String workload, String reason, Citation cite) {
}
