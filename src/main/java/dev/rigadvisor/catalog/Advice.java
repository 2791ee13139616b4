package dev.rigadvisor.catalog;

/** One piece of advice from the documents: its stable ID, where it comes from, and what it says. */
public record Advice(String id, String document, String section, String summary) {
}
