package dev.rigadvisor.serve;

import dev.rigadvisor.advice.Advisor;

import java.util.List;
import java.util.Map;

/**
 * The command line, run in the server's process for a request: its arguments, the files sent with it (read by these
 * names and no others), whether the client's terminal takes colour, and the knowledge to answer with.
 */
@FunctionalInterface
public interface Commands {

    Answer run(List<String> args, Map<String, byte[]> files, boolean colour, Advisor knowledge);
}
