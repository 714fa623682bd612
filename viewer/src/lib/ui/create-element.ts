/** Attributes of {@link createElement}: `dataset`-free strings, plus `testId` for `data-testid`. */
export interface ElementAttributes {
  testId?: string;
  className?: string;
  [attribute: string]: string | undefined;
}

/** Creates an element with attributes and children; strings become text nodes, never HTML. */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: ElementAttributes = {},
  children: (Node | string | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (name === 'testId') element.setAttribute('data-testid', value);
    else if (name === 'className') element.className = value;
    else element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== undefined) element.append(child);
  }
  return element;
}
