package dev.rigadvisor.engine.fact;

import java.util.List;

/**
 * Memory sized from the models picked, before any machine: the most that workloads run one after
 * another need (the max), or what a group run together needs (the sum).
 */
public record Sizing(String how, List<String> workloads, double gb, String explanation, Citation cite) {

    public Sizing {
        workloads = List.copyOf(workloads);
    }
}
