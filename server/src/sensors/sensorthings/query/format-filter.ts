import type { FilterNode } from './filter-ast.ts';

/**
 * A syntax tree back to `$filter` text with every operation in parentheses, so the grouping
 * the parser chose is visible: `not a eq 1 or b eq 2` → `(((not a) eq 1) or (b eq 2))`.
 * For logs, messages and tests.
 */
export function formatFilter(node: FilterNode): string {
  switch (node.kind) {
    case 'literal':
      if (node.type === 'string') return `'${node.value.replaceAll("'", "''")}'`;
      if (node.type === 'duration') return `duration'${node.value}'`;
      if (node.type === 'geometry') return `geography'${node.value}'`;
      return String(node.value);
    case 'path':
      return node.segments.join('/');
    case 'call':
      return `${node.name}(${node.args.map(formatFilter).join(', ')})`;
    case 'unary':
      return node.operator === 'not' ? `(not ${formatFilter(node.operand)})` : `(-${formatFilter(node.operand)})`;
    case 'binary':
      return `(${formatFilter(node.left)} ${node.operator} ${formatFilter(node.right)})`;
  }
}
