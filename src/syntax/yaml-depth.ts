/**
 * How deep collections nest in a YAML or JSON text, counting flow brackets (outside strings) and block
 * indentation. Cheap and approximate: enough to refuse a text so deep that the `yaml` package, which recurses once
 * per level, would exhaust the stack (past a few hundred levels Node can even abort instead of throwing).
 */
export function yamlNestingDepth(source: string): number {
  let max = 0;
  let flow = 0;
  let quote = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = '';
      continue;
    }
    if (char === '"' || (char === "'" && flow > 0)) quote = char;
    else if (char === '[' || char === '{') max = Math.max(max, ++flow);
    else if (char === ']' || char === '}') flow = Math.max(0, flow - 1);
  }
  const indents: number[] = [];
  for (const line of source.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    max = Math.max(max, indents.length);
  }
  return max;
}
