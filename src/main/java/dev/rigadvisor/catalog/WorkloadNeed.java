package dev.rigadvisor.catalog;

/**
 * A row of MF's VRAM Math table: memory a workload kind needs at three levels, for the models the row is about
 * (semicolon-separated ids).
 */
public record WorkloadNeed(String kind, String models, double minimumGb, double comfortableGb, double noCompromiseGb,
                           String advice, String source) {

    public boolean covers(String model) {
        return models != null && java.util.Arrays.asList(models.split(";")).contains(model);
    }
}
