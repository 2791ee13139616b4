package dev.rigadvisor.advice;

/** A memory estimate with its parts: weights + KV cache + overhead = total, against what the device offers. */
public record Memory(double weightsGb, double kvCacheGb, double overheadGb, double totalGb, double usableGb,
                     String basis) {
}
