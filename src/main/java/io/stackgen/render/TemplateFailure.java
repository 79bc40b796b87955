package io.stackgen.render;

/** Raised by {@code fail(msg)} and {@code required(msg)} in a template: the message is the chart author's. */
public final class TemplateFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TemplateFailure(String message) {
        super(message);
    }
}
