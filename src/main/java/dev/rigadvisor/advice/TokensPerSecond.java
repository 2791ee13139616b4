package dev.rigadvisor.advice;

/** An estimated generation speed range and how it was reached. */
public record TokensPerSecond(double low, double high, String basis) {
}
