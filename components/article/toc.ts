/**
 * The article's contents, generated from its headings: the <h2>, <h3> and <h4> elements with an id
 * that an MDX part renders at its top level, in order, with their level. Calling the compiled MDX
 * function gives its element tree without rendering the components inside it (figures, live values),
 * so this runs on the server as part of the page, with no build step of its own.
 */
import type { MDXComponents, MDXContent } from "mdx/types";
import { Children, Fragment, isValidElement, type ReactNode } from "react";

export interface TocItem {
  id: string;
  title: string;
  level: 2 | 3 | 4;
}

const LEVEL: Record<string, TocItem["level"]> = { h2: 2, h3: 3, h4: 4 };

/** The plain text of a heading's children. */
function textOf(node: ReactNode): string {
  let text = "";
  Children.forEach(node, (child) => {
    if (typeof child === "string" || typeof child === "number") text += child;
    else if (isValidElement(child)) text += textOf((child.props as { children?: ReactNode }).children);
  });
  return text.trim();
}

/** The headings of the MDX parts, in order. `components` are those the parts are rendered with. */
export function headingsOf(parts: readonly MDXContent[], components: MDXComponents): TocItem[] {
  const items: TocItem[] = [];
  const visit = (node: ReactNode) => {
    Children.forEach(node, (child) => {
      if (!isValidElement(child)) return;
      const props = child.props as { id?: unknown; children?: ReactNode };
      const level = typeof child.type === "string" ? LEVEL[child.type] : undefined;
      if (level && typeof props.id === "string") items.push({ id: props.id, title: textOf(props.children), level });
      else if (child.type === Fragment) visit(props.children);
    });
  };
  for (const Part of parts) visit(Part({ components }) as ReactNode);
  return items;
}
