package dev.rigadvisor.engine.fact;

/** The HG memory tier a machine falls in, with that tier's verdict. */
public record TierPlacement(String hardware, double tierGb, int hgTier, String whoFor, String verdict, Citation cite) {
}
