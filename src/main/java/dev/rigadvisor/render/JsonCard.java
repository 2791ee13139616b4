package dev.rigadvisor.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.rigadvisor.advice.Card;

/** The card as JSON: the records' fields, in their declared order. */
public final class JsonCard {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final ObjectWriter LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

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

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
