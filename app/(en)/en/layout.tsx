import type { Metadata } from "next";
import type { ReactNode } from "react";
import { RootDocument } from "@/components/site/RootDocument";
import { STRINGS } from "@/lib/i18n";
import { SITE_URL } from "@/lib/page-meta";

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: STRINGS.en.siteName,
  description: STRINGS.en.description,
};

export default function Layout({ children }: { children: ReactNode }) {
  return <RootDocument lang="en">{children}</RootDocument>;
}
