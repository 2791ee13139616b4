package dev.rigadvisor.catalog;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JSON file into plain records, strictly: unknown fields, wrong types, nulls for numbers, trailing
 * commas, non-UTF-8 bytes and oversized files are all {@link BadInput} naming the file and the place.
 * No polymorphic typing is enabled: data never names a class to instantiate.
 */
public final class JsonInput {

    /** What is wrong with a file that goes on after its JSON value. */
    public static final String TRAILING_CONTENT = "more content after the JSON value ends; a file holds one JSON object";

    /** Larger inputs are refused before parsing. */
    public static final long MAX_BYTES = InputFile.MAX_BYTES;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // a null inside a list or map is refused with its JSON path, before any record sees it
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();

    /** Jackson's name for the JSON it found where a value of another type was expected. */
    private static final Pattern FOUND = Pattern.compile("from (Array|Object|String|Integer|Floating-point|Number|Boolean)");
    private static final Map<String, String> FOUND_NAMES = Map.of("Array", "a list", "Object", "an object",
            "String", "a string", "Integer", "a whole number", "Floating-point", "a number", "Number", "a number", "Boolean", "true or false");

    private JsonInput() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static <T> T read(Path file, Class<T> type) {
        String name = file.toString();
        return parse(name, readText(file), type);
    }

    public static <T> T parse(String name, String text, Class<T> type) {
        if (text.isBlank()) {
            throw new BadInput(name, "1:1", "the file is empty; expected a JSON object");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            T value = MAPPER.readValue(parser, type);
            if (value == null) {
                throw new BadInput(name, "1:1", "expected a JSON object, found null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw describe(name, e);
        } catch (IOException e) {
            throw new BadInput(name, "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * The files a client sent with a command it asked a server to answer (see serve), by the name it gave them:
     * while set on a thread, that thread reads these and nothing else, so a request can never name a file to read.
     */
    private static final ThreadLocal<Map<String, byte[]>> SENT = new ThreadLocal<>();

    /** Runs {@code work} with reads answered from {@code files} only (a missing name is "no such file"). */
    public static <T> T readingOnly(Map<String, byte[]> files, java.util.function.Supplier<T> work) {
        Map<String, byte[]> before = SENT.get();
        SENT.set(Map.copyOf(files));
        try {
            return work.get();
        } finally {
            SENT.set(before);
        }
    }

    /** The file's text, refusing missing, oversized, non-regular and non-UTF-8 files (see {@link InputFile}). */
    public static String readText(Path file) {
        Map<String, byte[]> sent = SENT.get();
        if (sent == null) {
            return InputFile.text(file);
        }
        byte[] given = sent.get(file.toString());
        if (given == null) {
            throw new BadInput(file.toString(), "", "no such file");
        }
        if (given.length > InputFile.MAX_BYTES) {
            throw new BadInput(file.toString(), "", "file is " + given.length + " bytes; the limit is " + InputFile.MAX_BYTES);
        }
        return InputFile.utf8(file.toString(), given);
    }

    /** A Jackson problem as a one-line BadInput naming the file and the place. */
    public static BadInput describe(String name, JsonProcessingException e) {
        String place = where(e);
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = new ArrayList<>();
            if (u.getKnownPropertyIds() != null) {
                u.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            }
            return new BadInput(name, place, NearestName.hint("field", u.getPropertyName(), known));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            List<String> known = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> enumName((Enum<?>) c)).toList();
            return new BadInput(name, place, NearestName.hint(fieldName(f), String.valueOf(f.getValue()), known));
        }
        if (e instanceof InvalidFormatException f) {
            return new BadInput(name, place, "\"" + f.getValue() + "\" is not a valid "
                    + simpleType(f.getTargetType()));
        }
        if (e instanceof InvalidNullException) {
            return new BadInput(name, place, "is null; expected a value");
        }
        if (e instanceof MismatchedInputException m) {
            return new BadInput(name, place, mismatch(m));
        }
        return new BadInput(name, place, shorten(firstLine(e.getOriginalMessage())));
    }

    private static String enumName(Enum<?> constant) {
        try {
            var field = constant.getDeclaringClass().getField(constant.name());
            var alias = field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            return alias != null ? alias.value() : constant.name();
        } catch (NoSuchFieldException e) {
            return constant.name();
        }
    }

    private static String mismatch(MismatchedInputException m) {
        String message = firstLine(m.getOriginalMessage());
        Class<?> target = m.getTargetType();
        if (message.contains("Null value for creator property") || message.contains("Cannot map `null`")) {
            return "a value is required here; it is missing or null";
        }
        if (message.startsWith("Trailing token")) {
            return TRAILING_CONTENT;
        }
        Matcher found = FOUND.matcher(message);
        String after = found.find() ? ", found " + FOUND_NAMES.getOrDefault(found.group(1), "a value") : "";
        if (target != null && m.getPath().isEmpty()) {
            return "expected a JSON object at the top level" + after;
        }
        if (target != null && !after.isEmpty()) {
            return "expected " + article(simpleType(target)) + after;
        }
        if (target != null) {
            return "expected " + article(simpleType(target)) + "; " + shorten(message);
        }
        return shorten(message);
    }

    /** The message without Jackson's echo of the source text, its class names and its feature names. */
    private static String shorten(String message) {
        String text = message.replaceAll("\\s*\\(?(start marker )?at \\[Source.*$", "")
                .replaceAll("\\s*\\(not recognized as one since Feature .*$", "")
                .replaceAll("\\s*\\(for .*? use .*$", "");
        return text.replaceAll("`[a-z.]+\\.([A-Z][A-Za-z$]*)`", "$1").replace('$', '.');
    }

    private static String article(String type) {
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "list";
        }
        if (type.isEnum()) {
            return "name";
        }
        return "object";
    }

    private static String fieldName(JsonMappingException e) {
        var path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).getFieldName() != null) {
                return path.get(i).getFieldName();
            }
        }
        return "value";
    }

    /** "line:column $.json.path" when both are known. */
    private static String where(JsonProcessingException e) {
        StringBuilder place = new StringBuilder();
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            place.append(loc.getLineNr()).append(':').append(loc.getColumnNr());
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            place.append(place.length() > 0 ? ": " : "").append(jsonPath(m.getPath()));
        }
        return place.toString();
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder("$");
        for (var ref : path) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
