package dev.rigadvisor.serve;

import dev.rigadvisor.catalog.BadInput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command the launcher sends instead of starting a JVM (see the {@code rig} script): its arguments, the files among
 * them, read by the client and sent whole, and whether the client's terminal takes colour. The body is plain lines,
 * which bash writes without other tools:
 * <pre>
 * rig-run 1
 * colour 0|1
 * arg BYTES\nTEXT\n          (each argument, in order)
 * file NAME-BYTES SIZE\nNAME CONTENT\n   (each argument that names a readable file)
 * end
 * </pre>
 */
public record ForwardedRun(List<String> args, Map<String, byte[]> files, boolean colour) {

    /** The commands the launcher forwards. */
    public static final Set<String> COMMANDS = Set.of("recommend", "fit", "compare", "explain");

    /** Options naming a folder, a cache or a firing bound: a command with one runs in the client's own JVM. */
    private static final Set<String> LOCAL_OPTIONS = Set.of("--rules", "--facts", "--cache", "--audit-dir",
            "--max-firings");

    public static ForwardedRun parse(byte[] body) {
        Reader in = new Reader(body);
        in.expect("rig-run 1");
        boolean colour = in.line().equals("colour 1");
        List<String> args = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String line = in.line(); !line.equals("end"); line = in.line()) {
            String[] parts = line.split(" ");
            if (parts[0].equals("arg") && parts.length == 2) {
                args.add(new String(in.bytes(number(parts[1])), StandardCharsets.UTF_8));
            } else if (parts[0].equals("file") && parts.length == 3) {
                String name = new String(in.bytes(number(parts[1])), StandardCharsets.UTF_8);
                files.put(name, in.bytes(number(parts[2])));
            } else {
                throw new BadInput("forwarded run", null, "unexpected line \"" + line + "\"");
            }
            in.expect("");
        }
        return new ForwardedRun(args, files, colour);
    }

    /** Why this run is answered in the client's own process instead, or null when the server may answer it. */
    public String local() {
        if (args.isEmpty() || !COMMANDS.contains(args.get(0))) {
            return "only " + COMMANDS + " are forwarded";
        }
        for (String a : args) {
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (LOCAL_OPTIONS.contains(name)) {
                return name + " names knowledge of its own";
            }
        }
        return null;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadInput("forwarded run", null, "expected a byte count, found \"" + text + "\"");
        }
    }

    /** Lines and counted bytes from a body. */
    private static final class Reader {
        private final byte[] body;
        private int at;

        Reader(byte[] body) {
            this.body = body;
        }

        String line() {
            int end = at;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            if (end >= body.length) {
                throw new BadInput("forwarded run", null, "the body ends before \"end\"");
            }
            String line = new String(body, at, end - at, StandardCharsets.UTF_8);
            at = end + 1;
            return line;
        }

        byte[] bytes(int count) {
            if (count < 0 || count > body.length - at) {
                throw new BadInput("forwarded run", null, "the body is shorter than its counts say");
            }
            byte[] out = java.util.Arrays.copyOfRange(body, at, at + count);
            at += count;
            return out;
        }

        void expect(String line) {
            String found = line();
            if (!found.equals(line)) {
                throw new BadInput("forwarded run", null, "expected \"" + line + "\", found \"" + found + "\"");
            }
        }
    }
}
