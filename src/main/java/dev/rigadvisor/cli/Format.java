package dev.rigadvisor.cli;

/** The ways a card can be shown. */
public enum Format { text, json, markdown, html }
