package dev.rigadvisor.catalog;

/** A row of HG's RAM tier table. */
public record MemoryTier(double tierGb, int hgTier, String whoFor, String models, String practicalContext,
                         String verdict, String advice, String source) {
}
