package dev.rigadvisor.render;

import dev.rigadvisor.advice.FirstToken;
import dev.rigadvisor.advice.GenerationTime;
import dev.rigadvisor.advice.TokensPerSecond;

/** How the speed estimates read: the typical value first, then its range or prompt, then the basis. */
final class Estimates {

    private Estimates() {
    }

    static String speed(TokensPerSecond s) {
        return Numbers.num(s.typical()) + " tokens/s typical (" + Numbers.num(s.low()) + "-" + Numbers.num(s.high())
                + ") at " + s.contextTokens() + " tokens of context";
    }

    static String firstToken(FirstToken t) {
        return duration(t.seconds()) + " for a " + t.promptTokens() + "-token prompt (" + Numbers.num(t.tokensPerSecond())
                + " tokens/s prefill)";
    }

    static String generationTime(GenerationTime t) {
        return duration(t.seconds()) + " per " + t.per();
    }

    static String duration(double seconds) {
        return seconds < 120 ? Numbers.num(seconds) + " s" : Numbers.num(seconds / 60) + " min";
    }
}
