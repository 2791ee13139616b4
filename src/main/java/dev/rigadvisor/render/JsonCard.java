package dev.rigadvisor.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rigadvisor.advice.Card;

import java.io.IOException;
import java.io.Writer;

/** The card as JSON: the records' fields, in their declared order. */
public final class JsonCard {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectWriter LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT)
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonCard() {
    }

    public static String render(Object value) {
        return write(MAPPER.writer(), value);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String card(Card card) {
        return render(card);
    }

    /** The card on one line, for JSON lines: the same fields and values as {@link #card}. */
    public static String line(Card card) {
        return write(LINE, card);
    }

    /** {@link #line} written straight to {@code out}, without building the text first (a batch writes many). */
    public static void line(Card card, Writer out) throws IOException {
        LINE.writeValue(out, card);
        out.write('\n');
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
