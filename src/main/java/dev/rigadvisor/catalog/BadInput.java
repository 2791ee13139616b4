package dev.rigadvisor.catalog;

/**
 * Input a person gave that cannot be used: names the file, the place in it (line:column or JSON path)
 * and what is wrong, in one line.
 */
public class BadInput extends RuntimeException {

    private final String file;
    private final String place;
    private final String problem;

    public BadInput(String file, String place, String problem) {
        super(format(file, place, problem));
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }

    private static String format(String file, String place, String problem) {
        StringBuilder line = new StringBuilder(file == null ? "<input>" : file);
        if (place != null && !place.isEmpty()) {
            line.append(place.startsWith("$") ? ": " : ":").append(place);
        }
        return line.append(": ").append(problem.replace('\n', ' ')).toString();
    }
}
