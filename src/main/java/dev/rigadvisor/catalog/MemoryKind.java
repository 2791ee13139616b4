package dev.rigadvisor.catalog;

/** Dedicated memory belongs to a GPU alone; unified memory is shared with the CPU and the OS. */
public enum MemoryKind { dedicated, unified }
