package dev.rigadvisor.advice;

import dev.rigadvisor.engine.fact.Speed;

/** An estimated generation speed at a context: the typical value, the range around it, and how it was reached. */
public record TokensPerSecond(double low, double typical, double high, int contextTokens, String basis) {

    /** The speed the rules estimated, rounded as cards show it. */
    public static TokensPerSecond of(Speed s) {
        return new TokensPerSecond(CardBuilder.round(s.lowTokensPerSecond()), CardBuilder.round(s.typicalTokensPerSecond()),
                CardBuilder.round(s.highTokensPerSecond()), s.contextTokens(), s.basis());
    }
}
