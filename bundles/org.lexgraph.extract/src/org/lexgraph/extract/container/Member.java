package org.lexgraph.extract.container;

import java.nio.file.Path;

/**
 * One file taken out of a container.
 *
 * @param name its path inside the container, as the container names it ({@code bijlagen/brief.pdf})
 * @param file a temporary copy, deleted with the {@link Expanded} it belongs to
 */
public record Member(String name, Path file) {
}
