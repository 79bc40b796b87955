package io.stackgen.report;

import java.io.IOException;
import java.io.Writer;

/** Lets writers that want a {@link Writer} (Jackson, StAX) write to a report's {@link Appendable}. */
final class AppendableWriter extends Writer {
    private final Appendable out;

    private AppendableWriter(Appendable out) {
        this.out = out;
    }

    static Writer of(Appendable out) {
        return out instanceof Writer writer ? writer : new AppendableWriter(out);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        out.append(new String(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.append(text, offset, offset + length);
    }

    @Override
    public void flush() throws IOException {
        if (out instanceof java.io.Flushable flushable) {
            flushable.flush();
        }
    }

    /** The report does not own the destination; the caller closes it. */
    @Override
    public void close() throws IOException {
        flush();
    }
}
