package vn.giamngheo.platform.web.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads requests strictly: an amount of 1.5 đồng, a number in quotes or a number for an enum is an error to
 * report, never a value to round or guess; so are a field given twice (which of the two was meant?) and a control
 * character in a text (PostgreSQL cannot store U+0000, and no form field of the program holds one).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.registerModule(new com.fasterxml.jackson.databind.module.SimpleModule("giamngheo-plain-text")
                .addDeserializer(String.class, new PlainText()));
        // 215, not 2.15E+2: quantities and rates are read by people and spreadsheets.
        mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** Text as read, refused when it holds a control character other than tab, line feed and carriage return. */
    static final class PlainText extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            String text = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                        throw new ControlCharacterException(p, String.format("U+%04X", (int) c), i);
                    }
                }
            }
            return text;
        }
    }

    /** A text field holding a control character: the field and the character's place are reported, not the text. */
    public static final class ControlCharacterException
            extends com.fasterxml.jackson.databind.exc.MismatchedInputException {

        ControlCharacterException(com.fasterxml.jackson.core.JsonParser p, String character, int index) {
            super(p, "the text holds the control character " + character + " at position " + (index + 1)
                    + "; remove it", String.class);
        }
    }
}
