package dev.rigadvisor.catalog;

/** A row of HG's "Best Models for Common Use Cases" table, mapped onto the scenario vocabulary. */
public record UseCase(String useCase, String kind, String task, String quality, String model,
                      String quantization, double minHardwareGb, double maxHardwareGb, int hgTier,
                      Double memoryUsedGb, String advice, String source) {
}
