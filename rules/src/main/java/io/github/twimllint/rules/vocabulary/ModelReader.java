package io.github.twimllint.rules.vocabulary;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.twimllint.rules.vocabulary.model.AliasSpec;
import io.github.twimllint.rules.vocabulary.model.AttributeSpec;
import io.github.twimllint.rules.vocabulary.model.ContentSpec;
import io.github.twimllint.rules.vocabulary.model.ContextSpec;
import io.github.twimllint.rules.vocabulary.model.ElementSpec;
import io.github.twimllint.rules.vocabulary.model.ForeignElement;
import io.github.twimllint.rules.vocabulary.model.Sources;
import io.github.twimllint.rules.vocabulary.model.VocabularyData;
import io.github.twimllint.rules.vocabulary.model.VocabularySpec;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads JSON into the model classes jsonschema2pojo generates from our schema, with jackson-core's
 * streaming parser, matching each {@code @JsonProperty} name to its field.
 *
 * <p>Why not databind: creating an {@code ObjectMapper} and its deserializers costs several hundred
 * milliseconds on every run of the command, more than linting a file. This reader handles exactly
 * the value types the schema generates (strings, integers, numbers, booleans, enums with
 * {@code fromValue}, lists, sets and nested objects) and rejects anything else, unknown properties
 * included, so a schema change that needs more fails loudly in the tests (which also compare its
 * result with databind's).
 */
final class ModelReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<Class<?>, Map<String, Field>> properties = new HashMap<>();
    private final Map<Class<?>, Map<String, Object>> enumConstants = new HashMap<>();

    private ModelReader() {
    }

    static <T> T read(InputStream in, Class<T> type) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            p.nextToken();
            T value = new ModelReader().object(p, type);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the top-level object");
            }
            return value;
        }
    }

    private <T> T object(JsonParser p, Class<T> type) throws IOException {
        expect(p, p.currentToken() == JsonToken.START_OBJECT, "an object (" + type.getSimpleName() + ")");
        T object = type.cast(CONSTRUCTORS.getOrDefault(type, () -> newInstance(type)).get());
        Map<String, Field> fields = properties.computeIfAbsent(type, ModelReader::propertiesOf);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Field field = fields.get(name);
            if (field == null) {
                throw new JsonParseException(p, "unknown property '" + name + "' in " + type.getSimpleName());
            }
            p.nextToken();
            try {
                field.set(object, value(p, field.getGenericType()));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set " + field, e);
            }
        }
        expect(p, p.currentToken() == JsonToken.END_OBJECT, "the end of the object");
        return object;
    }

    private Object value(JsonParser p, Type type) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType pt = (ParameterizedType) type;
            Type element = pt.getActualTypeArguments()[0];
            expect(p, t == JsonToken.START_ARRAY, "an array");
            Collection<Object> items = pt.getRawType() == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
            if (pt.getRawType() != Set.class && pt.getRawType() != List.class) {
                throw new IllegalStateException("unsupported collection type " + type);
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p, element));
            }
            return items;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            expect(p, t == JsonToken.VALUE_STRING, "a string");
            // Interned like the parser's element and attribute names, so the lookups the rules
            // make for every element find equal keys at the first comparison.
            return p.getText().intern();
        }
        if (c == Integer.class) {
            expect(p, t == JsonToken.VALUE_NUMBER_INT, "an integer");
            return p.getIntValue();
        }
        if (c == Double.class) {
            expect(p, t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT, "a number");
            return p.getDoubleValue();
        }
        if (c == Boolean.class) {
            expect(p, t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE, "true or false");
            return t == JsonToken.VALUE_TRUE;
        }
        if (c.isEnum()) {
            expect(p, t == JsonToken.VALUE_STRING, "a string");
            Object constant = enumConstants.computeIfAbsent(c, ModelReader::constantsOf).get(p.getText());
            if (constant == null) {
                throw new JsonParseException(p, "'" + p.getText() + "' is not a valid " + c.getSimpleName());
            }
            return constant;
        }
        return object(p, c);
    }

    /**
     * The generated enums' constants by their JSON value, which is what their {@code toString()}
     * returns (and their {@code fromValue} looks up): calling {@code fromValue} reflectively for
     * each of the file's thousands of values made the JVM generate an accessor class per enum on
     * every run.
     */
    private static Map<String, Object> constantsOf(Class<?> type) {
        Map<String, Object> map = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            map.put(constant.toString(), constant);
        }
        return map;
    }

    /**
     * The model classes, created without reflection for the same reason (a reflective constructor
     * called more than a few times gets a generated accessor class); others reflectively.
     */
    private static final Map<Class<?>, Supplier<Object>> CONSTRUCTORS = Map.of(
            VocabularyData.class, VocabularyData::new,
            VocabularySpec.class, VocabularySpec::new,
            ElementSpec.class, ElementSpec::new,
            AttributeSpec.class, AttributeSpec::new,
            ContentSpec.class, ContentSpec::new,
            ContextSpec.class, ContextSpec::new,
            AliasSpec.class, AliasSpec::new,
            ForeignElement.class, ForeignElement::new,
            Sources.class, Sources::new);

    private static Object newInstance(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private static Map<String, Field> propertiesOf(Class<?> type) {
        Map<String, Field> map = new HashMap<>();
        for (Field f : type.getDeclaredFields()) {
            JsonProperty property = f.getAnnotation(JsonProperty.class);
            if (property != null && !Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                map.put(property.value(), f);
            }
        }
        return map;
    }

    private static void expect(JsonParser p, boolean ok, String what) throws JsonParseException {
        if (!ok) {
            throw new JsonParseException(p, "expected " + what + " but found " + p.currentToken());
        }
    }
}
