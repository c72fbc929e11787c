import { parseTree, type Node } from 'jsonc-parser';
import { parsePointer } from '../domain/engine/json-pointer';

/**
 * Where a place in a JSON file is written, as SARIF counts it: lines and columns from 1, columns
 * in UTF-16 code units (SARIF's default `columnKind`), the end column just past the last character.
 */
export interface TextRegion {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The member named `segment` of an object (the last one, as JSON.parse keeps), or an array item. */
function member(container: Node, segment: string): Node | undefined {
  if (container.type === 'object') {
    return container.children?.findLast((property) => property.children?.[0]?.value === segment);
  }
  if (container.type === 'array' && /^(0|[1-9]\d*)$/.test(segment)) {
    return container.children?.[Number(segment)];
  }
  return undefined;
}

/** The offset at which each line starts; a line ends at \n, \r\n or \r. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length);
  return starts;
}

/**
 * Locates JSON Pointers in the text of a JSON document. A pointer to an object member gives the
 * member (its name through its value), so the finding shows on the line that names it; a pointer
 * to something missing gives the nearest enclosing place that is written, where it would go.
 * Returns undefined for every pointer when the text is not JSON.
 */
export function jsonTextRegions(text: string): (pointer: string) => TextRegion | undefined {
  const root = parseTree(text);
  const starts = lineStarts(text);
  const position = (offset: number) => {
    // The last line starting at or before the offset (binary search: plans can be long).
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
  return (pointer) => {
    if (root === undefined) return undefined;
    let node = root;
    for (const segment of parsePointer(pointer)) {
      const value = node.type === 'property' ? node.children?.[1] : node;
      const next = value && member(value, segment);
      if (next === undefined) break;
      node = next;
    }
    const start = position(node.offset);
    const end = position(node.offset + node.length);
    return {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
    };
  };
}
