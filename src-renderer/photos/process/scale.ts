export interface Size {
  width: number;
  height: number;
}

/**
 * The size a picture is drawn at so its long edge is at most `maxLongEdge`, keeping its proportions;
 * a smaller picture keeps its size (enlarging adds bytes, not detail). Each side is at least 1 px.
 */
export function fitLongEdge(size: Size, maxLongEdge: number): Size {
  const longEdge = Math.max(size.width, size.height);
  if (longEdge <= maxLongEdge) return { width: size.width, height: size.height };
  const ratio = maxLongEdge / longEdge;
  return {
    width: Math.min(maxLongEdge, Math.max(1, Math.round(size.width * ratio))),
    height: Math.min(maxLongEdge, Math.max(1, Math.round(size.height * ratio))),
  };
}
