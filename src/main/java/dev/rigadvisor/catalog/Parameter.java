package dev.rigadvisor.catalog;

/** A named number the rules use in estimates (an efficiency, an overhead), cited or marked as an assumption. */
public record Parameter(String id, double value, String unit, String meaning, String source, String assumption) {

    /** A score weight, in points (or points per unit), for or against a machine: the one kind of number below zero. */
    public boolean signed() {
        return unit != null && unit.startsWith("points");
    }
}
