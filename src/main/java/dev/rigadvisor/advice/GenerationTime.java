package dev.rigadvisor.advice;

import dev.rigadvisor.engine.fact.MediaTime;

/** Time to make one image or clip ({@code seconds} per {@code per}), and the measurement it is scaled from. */
public record GenerationTime(double seconds, String per, String basis) {

    public static GenerationTime of(MediaTime t) {
        return new GenerationTime(CardBuilder.round(t.seconds()), t.per(), t.basis());
    }
}
