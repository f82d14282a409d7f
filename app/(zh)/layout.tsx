import type { ReactNode } from "react";
import { RootDocument } from "@/components/site/RootDocument";

export default function ChineseLayout({ children }: { children: ReactNode }) {
  return <RootDocument lang="zh">{children}</RootDocument>;
}
