package dev.rigadvisor.engine.fact;

/**
 * Time to make one image or clip on a machine ({@code seconds} per {@code per}, e.g. "image", "5-s 480p clip"),
 * scaled from a measurement the documents give, which {@code basis} names.
 */
public record MediaTime(String hardware, String workload, double seconds, String per, String basis, Citation cite) {
}
