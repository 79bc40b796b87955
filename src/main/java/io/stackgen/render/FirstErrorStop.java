package io.stackgen.render;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.TemplateError;
import java.util.Optional;

/**
 * Thrown before the next node once a render has recorded an error, so a loop cannot repeat one error thousands of
 * times. It carries that first error: when it is thrown inside an imported or included file, the interpreter that
 * recorded the error is discarded by Jinjava as the exception passes, and the error would be lost.
 */
final class FirstErrorStop extends InterpretException {
    private static final long serialVersionUID = 1L;

    private final transient TemplateError first;

    FirstErrorStop(TemplateError first, int line, int position) {
        super(TemplateEngine.STOPPED, line, position);
        this.first = first;
    }

    /** The first error of the render that {@code thrown} (or one of its causes) stopped. */
    static Optional<TemplateError> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof FirstErrorStop stop) {
                return Optional.of(stop.first);
            }
        }
        return Optional.empty();
    }
}
