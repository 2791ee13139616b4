package dev.rigadvisor.engine.fact;

/** The inference backend a device runs LLMs and diffusion on (cuda, gb10, metal, rocm, vulkan): efficiency follows it. */
public record Backend(String hardware, String device, String name, Citation cite) {
}
