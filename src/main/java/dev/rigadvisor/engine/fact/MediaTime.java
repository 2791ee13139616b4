package dev.rigadvisor.engine.fact;

/**
 * Time to make one image or clip on a machine ({@code seconds} per {@code per}, e.g. "image", "5-s 480p clip"),
 * scaled from a measurement the documents give, which {@code basis} names; {@code againstRtx4090} is how many times
 * longer the device takes than the RTX 4090 the documents measured on (below 1: faster).
 */
public record MediaTime(String hardware, String workload, double seconds, String per, double againstRtx4090,
                        String basis, Citation cite) {
}
