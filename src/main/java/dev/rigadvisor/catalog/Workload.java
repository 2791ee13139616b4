package dev.rigadvisor.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One thing the person runs: an LLM task, image or video generation, or fine-tuning. */
public record Workload(
        String id,
        Kind kind,
        String task,
        Quality quality,
        Integer contextTokens,
        Integer parallel,
        String resolution,
        String model,
        String quantization) {

    public enum Kind { llm, image, video, @JsonProperty("fine-tune") fine_tune }

    public enum Quality { draft, daily, hero }

    public Workload {
        quality = quality == null ? Quality.daily : quality;
        parallel = parallel == null ? 1 : parallel;
    }

    /** The context the person asked for, or none given (the rules then use a default). */
    public int context() {
        return contextTokens == null ? 0 : contextTokens;
    }

    public String kindName() {
        return kind == Kind.fine_tune ? "fine-tune" : kind.name();
    }
}
