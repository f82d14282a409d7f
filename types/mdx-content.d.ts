// Our MDX files export their table of contents next to the default component.
declare module "*.mdx" {
  export const toc: { id: string; title: string; level: 2 | 3 }[];
}
