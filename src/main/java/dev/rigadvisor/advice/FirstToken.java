package dev.rigadvisor.advice;

import dev.rigadvisor.engine.fact.Prefill;

/** Time to first token: how long a prompt of the workload's context takes to read (prefill), and how it was reached. */
public record FirstToken(int promptTokens, double seconds, double tokensPerSecond, String basis) {

    public static FirstToken of(Prefill p) {
        return new FirstToken(p.promptTokens(), CardBuilder.round(p.seconds()), Math.round(p.tokensPerSecond()), p.basis());
    }
}
