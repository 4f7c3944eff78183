package org.lexgraph.extract.container;

/**
 * How much an archive or e-mail may unpack to, so that a ZIP bomb or an endlessly nested archive is refused instead of
 * filling the disk.
 *
 * @param maxMembers files in one container
 * @param maxMemberBytes bytes of one unpacked file
 * @param maxTotalBytes bytes of all unpacked files of one container
 * @param maxRatio unpacked size over packed size, beyond which (and beyond 10 MB) an archive counts as a bomb
 * @param maxDepth containers inside containers (a ZIP in a ZIP is depth 2)
 */
public record ContainerLimits(int maxMembers, long maxMemberBytes, long maxTotalBytes, int maxRatio, int maxDepth) {

    public static final ContainerLimits DEFAULT = new ContainerLimits(10_000, 200L << 20, 2L << 30, 200, 3);
}
