package io.stackgen.render;

/**
 * The output of one template.
 *
 * @param source the Helm-style source name, {@code <chart>/templates/<file>} without the {@code .j2}
 * @param file   the template file as shown in messages
 */
public record RenderedTemplate(String source, String file, String text) {
}
