package dev.rigadvisor.engine.fact;

/** Where a model's memory lives: all in fast memory, or split between a GPU and system RAM. */
public enum Placement { full, split }
