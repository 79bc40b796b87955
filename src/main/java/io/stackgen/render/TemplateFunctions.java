package io.stackgen.render;

/** Functions callable from templates without a namespace. */
public final class TemplateFunctions {
    private TemplateFunctions() {
    }

    /** {@code {{ fail("message") }}}: stop the render with the chart author's message. */
    public static Object fail(String message) {
        throw new TemplateFailure(message);
    }
}
