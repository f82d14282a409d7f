import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/site/RootDocument";
import { STRINGS } from "@/lib/i18n";
import { SITE_URL } from "@/lib/page-meta";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: STRINGS.zh.siteName,
  description: STRINGS.zh.description,
};

export default function Layout({ children }: { children: ReactNode }) {
  return <RootDocument lang="zh">{children}</RootDocument>;
}
