package dev.rigadvisor.render;

import java.util.List;

/** Rows of text cells in aligned columns; the first row is the header, underlined. */
final class TextTable {

    private TextTable() {
    }

    static String of(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), width);
            if (r == 0) {
                line(out, java.util.Arrays.stream(width).mapToObj("-"::repeat).toList(), width);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            text.append(c == cells.size() - 1 ? cell : cell + " ".repeat(width[c] - cell.length() + 2));
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }
}
