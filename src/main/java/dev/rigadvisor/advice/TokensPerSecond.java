package dev.rigadvisor.advice;

import dev.rigadvisor.engine.fact.Speed;

/** An estimated generation speed range and how it was reached. */
public record TokensPerSecond(double low, double high, String basis) {

    /** The speed the rules estimated, rounded as cards show it. */
    public static TokensPerSecond of(Speed s) {
        return new TokensPerSecond(CardBuilder.round(s.lowTokensPerSecond()), CardBuilder.round(s.highTokensPerSecond()),
                s.basis());
    }
}
