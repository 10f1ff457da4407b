package org.mrc.casework.office;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An office with the offices directly below it, recursively. */
@Schema(name = "OfficeTreeNode")
public record OfficeTreeNode(
        UUID id, String code, String name, OfficeKind kind, boolean active, List<OfficeTreeNode> children) {}
