package dev.rigadvisor.catalog;

/**
 * How a model's attention keeps its KV cache, where the public config says more than "every layer caches every
 * token": {@code sliding} or {@code chunked} attention, where only {@code globalLayers} of the layers cache the
 * whole context and the others at most {@code window} tokens (Gemma 3, GPT-OSS, Llama 4); or {@code mla}, latent
 * attention caching {@code latentDim} values per token per layer whatever the heads (DeepSeek, Kimi).
 * {@code queryHeads} sizes the attention work of prefill.
 */
public record Attention(Kind kind, Integer window, Integer globalLayers, Integer latentDim, Integer queryHeads) {

    public enum Kind { gqa, sliding, chunked, mla }
}
