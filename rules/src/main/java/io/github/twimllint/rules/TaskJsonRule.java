package io.github.twimllint.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.twimllint.core.Element;
import io.github.twimllint.core.Rule;
import io.github.twimllint.core.RuleContext;
import io.github.twimllint.core.RuleMeta;
import io.github.twimllint.core.Severity;
import java.io.IOException;
import java.util.Set;

/** {@code <Task>} text that is not valid JSON (C131): TaskRouter cannot read the task's attributes (14221). */
public final class TaskJsonRule implements Rule {
    static final RuleMeta META = RuleMeta.of("task-json", Severity.ERROR,
                    "<Task> text that is not valid JSON.")
            .twilioCodes("14221")
            .tags("correctness", "enqueue")
            .constraints("C131")
            .build();

    /** Created on the first {@code <Task>}: most runs never need a JSON parser, and making one loads Jackson. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The only elements it looks at (the engine skips the others). */
    @Override
    public Set<String> elements() {
        return ELEMENTS;
    }

    private static final Set<String> ELEMENTS = Set.of("Task");

    @Override
    public void endElement(Element element, RuleContext ctx) {
        if (!element.is("Task") || !element.hasText() || element.isTextTemplated()
                || element.rawTextLength() > 64L * 1024) {
            return; // empty: missing-content; a placeholder or text past what is kept cannot be judged
        }
        String problem = problem(element.text());
        if (problem != null) {
            ctx.reportText(element, "<Task> text is not valid JSON (" + problem
                    + "); TaskRouter rejects the task's attributes (14221)");
        }
    }

    private static String problem(String text) {
        try (JsonParser p = Json.FACTORY.createParser(text)) {
            p.nextToken();
            p.skipChildren();
            if (p.nextToken() != null) {
                return "more follows the first JSON value";
            }
            return null;
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            int nl = m.indexOf('\n');
            return nl < 0 ? m : m.substring(0, nl);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
