package vn.giamngheo.platform.web.problem;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.jackson.ObjectMapperCustomizer;
import vn.giamngheo.platform.web.rules.DateBounds;

/**
 * Reads requests strictly: an amount of 1.5 đồng, a number in quotes or a number for an enum is an error to
 * report, never a value to round or guess; so are a field given twice (which of the two was meant?) and a control
 * character in a text (PostgreSQL cannot store U+0000, and no form field of the program holds one).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /**
     * Last of all: Quarkus registers the Java time module in a customizer of its own, and the deserializer of the
     * module registered last is the one Jackson asks first, so the bounded date reader must come after it.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

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
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(java.time.LocalDate.class, new BoundedDate(org.eclipse.microprofile.config.ConfigProvider
                        .getConfig().getOptionalValue("giamngheo.requests.years-ahead", Integer.class)
                        .orElse(DateBounds.YEARS_AHEAD))));
        // 215, not 2.15E+2: quantities and rates are read by people and spreadsheets.
        mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /**
     * Why a text cannot be kept as it is — a control character other than tab, line feed and carriage return (NUL
     * among them, which PostgreSQL cannot store), or half of a surrogate pair, which would be stored as "?" — or null
     * when it is plain. The reason names the character and its position, never the text.
     */
    public static String refusalOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return "the text holds the control character " + String.format("U+%04X", (int) c) + " at position "
                        + (i + 1) + "; remove it";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "the text holds half of a character (U+" + String.format("%04X", (int) c) + ") at position "
                        + (i + 1) + "; check the text's encoding";
            }
        }
        return null;
    }

    /** Text as read, refused when it is not plain ({@link #refusalOf}). */
    static final class PlainText extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            // A number or a true where text belongs is a mistake to report, not text to store ("1.0E30" as a number).
            if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            String refusal = text == null ? null : refusalOf(text);
            if (refusal != null) {
                throw new RefusedValueException(p, refusal, String.class);
            }
            return text;
        }
    }

    /** A date as read, refused outside the platform's bounds ({@link DateBounds}). */
    static final class BoundedDate extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<java.time.LocalDate> {

        private final int yearsAhead;

        BoundedDate(int yearsAhead) {
            super(java.time.LocalDate.class);
            this.yearsAhead = yearsAhead;
        }

        @Override
        public java.time.LocalDate deserialize(com.fasterxml.jackson.core.JsonParser p,
                com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            java.time.LocalDate date = com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer.INSTANCE
                    .deserialize(p, ctxt);
            if (date != null) {
                java.util.Optional<String> refusal = DateBounds.refusal(date, java.time.LocalDate.now(), yearsAhead);
                if (refusal.isPresent()) {
                    throw new RefusedValueException(p, refusal.get(), java.time.LocalDate.class);
                }
            }
            return date;
        }
    }

    /**
     * A value refused for what it holds (a control character, half a character, a date out of bounds): the field and
     * the reason are reported, never the value itself.
     */
    public static final class RefusedValueException
            extends com.fasterxml.jackson.databind.exc.MismatchedInputException {

        RefusedValueException(com.fasterxml.jackson.core.JsonParser p, String reason, Class<?> type) {
            super(p, reason, type);
        }
    }
}
