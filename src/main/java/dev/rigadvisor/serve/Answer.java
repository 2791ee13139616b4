package dev.rigadvisor.serve;

/** What a command printed and its exit code, as the client's own process would have given them. */
public record Answer(int code, String out, String err) {

    /** The command's one-line message: its first line on standard error, without the "rig: " in front. */
    public String message() {
        String first = err.lines().findFirst().orElse("failed with exit code " + code);
        return first.startsWith("rig: ") ? first.substring(5) : first;
    }
}
