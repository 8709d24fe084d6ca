package io.github.twimllint.rules.vocabulary;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.twimllint.rules.vocabulary.model.VocabularyData;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Build-time generator (run by the rules module's build, not at run time): turns the vocabulary
 * file into Java code that builds the same model objects ({@value #CLASS}). Parsing the JSON on
 * every run cost more CPU than linting a small file; the generated class is plain constructor and
 * setter calls, kept in the class-data archive like the rest. {@code VocabularyCodeTest} holds the
 * generated objects equal to what {@link ModelReader} reads from the file.
 */
final class VocabularyCode {
    /** The generated class's name, in this package. */
    static final String CLASS = "CompiledVocabulary";

    private final StringBuilder methods = new StringBuilder();
    private int count;

    private VocabularyCode() {
    }

    /** {@code args[0]}: the folder of generated sources (the package's folders are created under it). */
    public static void main(String[] args) throws IOException {
        VocabularyData data;
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            data = ModelReader.read(in, VocabularyData.class);
        }
        String pkg = VocabularyCode.class.getPackageName();
        Path file = Path.of(args[0]).resolve(pkg.replace('.', '/')).resolve(CLASS + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, new VocabularyCode().source(pkg, data), StandardCharsets.UTF_8);
    }

    private String source(String pkg, VocabularyData data) {
        String root = object(data);
        return "package " + pkg + ";\n\n"
                + "/** Generated from " + Vocabulary.RESOURCE + " by " + getClass().getSimpleName()
                + " at build time: do not edit. */\n"
                + "final class " + CLASS + " implements java.util.function.Supplier<"
                + VocabularyData.class.getName() + "> {\n"
                + "    @Override\n    public " + VocabularyData.class.getName() + " get() {\n"
                + "        return " + root + ";\n    }\n\n"
                + "    @SafeVarargs\n    private static <T> java.util.List<T> list(T... items) {\n"
                + "        return new java.util.ArrayList<>(java.util.Arrays.asList(items));\n    }\n\n"
                + "    @SafeVarargs\n    private static <T> java.util.Set<T> set(T... items) {\n"
                + "        return new java.util.LinkedHashSet<>(java.util.Arrays.asList(items));\n    }\n"
                + methods + "}\n";
    }

    /** A method that builds {@code value} (one per object keeps every method far below the JVM's size limit). */
    private String object(Object value) {
        Class<?> type = value.getClass();
        Object defaults = newInstance(type);
        StringBuilder body = new StringBuilder();
        for (Field f : type.getDeclaredFields()) {
            JsonProperty property = f.getAnnotation(JsonProperty.class);
            if (property == null || Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            Object v = get(f, value);
            if (Objects.equals(v, get(f, defaults))) {
                continue;
            }
            body.append("        o.").append(setter(type, property.value())).append('(')
                    .append(v == null ? "null" : expression(v)).append(");\n");
        }
        String name = "o" + count++;
        methods.append("\n    private static ").append(type.getName()).append(' ').append(name).append("() {\n")
                .append("        ").append(type.getName()).append(" o = new ").append(type.getName()).append("();\n")
                .append(body).append("        return o;\n    }\n");
        return name + "()";
    }

    private String expression(Object v) {
        if (v instanceof String) {
            return literal((String) v);
        }
        if (v instanceof Integer) {
            return "Integer.valueOf(" + v + ")";
        }
        if (v instanceof Double) {
            return "Double.valueOf(" + v + ")";
        }
        if (v instanceof Boolean) {
            return "Boolean." + v.toString().toUpperCase(Locale.ROOT);
        }
        if (v instanceof Enum) {
            return ((Enum<?>) v).getDeclaringClass().getCanonicalName() + "." + ((Enum<?>) v).name();
        }
        if (v instanceof Collection) {
            List<String> items = new ArrayList<>();
            for (Object item : (Collection<?>) v) {
                items.add(expression(item));
            }
            return (v instanceof Set ? "set(" : "list(") + String.join(", ", items) + ")";
        }
        if (v.getClass().getPackage() == VocabularyData.class.getPackage()) {
            return object(v);
        }
        throw new IllegalStateException("unsupported value type " + v.getClass());
    }

    private static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** The generated setter of a JSON property ({@code default} is held in {@code _default}, set by {@code setDefault}). */
    private static String setter(Class<?> type, String property) {
        String wanted = "set" + property;
        for (Method m : type.getMethods()) {
            if (m.getName().equalsIgnoreCase(wanted) && m.getParameterCount() == 1) {
                return m.getName();
            }
        }
        throw new IllegalStateException("no setter for " + property + " in " + type.getName());
    }

    private static Object get(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object newInstance(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }
}
