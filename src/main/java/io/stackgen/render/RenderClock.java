package io.stackgen.render;

import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.tree.Node;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The render time limit ({@code --timeout}), checked by the engine before every node a template renders: a
 * template that loops too long stops at the node it had reached, with that template's name and line, and its
 * thread is free again (a fleet renders on, a test suite does not keep a spinning thread). {@link #where()} is
 * for whoever waits on the render from another thread and gives up first.
 */
public final class RenderClock {
    private static final ThreadLocal<RenderClock> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final long deadline;
    private volatile String template = "";
    private volatile int line;

    public RenderClock(Duration limit) {
        this.limit = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /** Runs {@code render} on this thread with this clock ticking. */
    public <T> T run(Supplier<T> render) {
        CURRENT.set(this);
        try {
            return render.get();
        } finally {
            CURRENT.remove();
        }
    }

    /**
     * The line the render had reached in the template it renders (inside an include or an imported macro: the line
     * that led there), or 0; for errors Jinjava reports without a line.
     */
    static int line() {
        RenderClock clock = CURRENT.get();
        return clock == null ? 0 : clock.line;
    }

    /** The template and line the render had reached, e.g. {@code demo/templates/slow.yaml.j2:7}. */
    public String where() {
        return line > 0 ? template + ":" + line : template;
    }

    public String limitReached() {
        return "render time limit of " + limit.toSeconds()
                + " s reached (--timeout); does a template loop without end?";
    }

    static void entering(String file) {
        RenderClock clock = CURRENT.get();
        if (clock != null) {
            clock.template = file;
            clock.line = 0;
        }
    }

    /** The engine's node pre-processor. */
    static void tick(Node node, JinjavaInterpreter interpreter) {
        RenderClock clock = CURRENT.get();
        if (clock == null) {
            return;
        }
        if (interpreter.getContext().getCurrentPathStack().isEmpty()) {
            clock.line = node.getLineNumber();
        }
        if (System.nanoTime() - clock.deadline > 0) {
            throw new InterpretException(clock.limitReached(), node.getLineNumber(), node.getStartPosition());
        }
    }
}
