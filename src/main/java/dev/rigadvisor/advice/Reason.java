package dev.rigadvisor.advice;

/** Why a machine was ruled out or lost: the advice behind it, the rule that said so, and its source. */
public record Reason(String advice, String message, boolean blocking, String rule, String source) {
}
