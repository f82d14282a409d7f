"use client";
import type { ComponentProps } from "react";
import { useScenarioPairOr } from "@/components/calculator/store";
import { scenarioSearch } from "@/lib/links";
import { defaultScenario } from "@/lib/scenario";

const DEFAULT = { scenario: defaultScenario() };

/**
 * A link from our prose to one of our own pages (/en/methodology#set-…): it carries the scenario the
 * reader is looking at, like every other link of ours (lib/links.ts), and keeps its section.
 */
export function ScenarioAnchor({ href = "", ...props }: ComponentProps<"a">) {
  const pair = useScenarioPairOr(DEFAULT);
  const hash = href.indexOf("#");
  const path = hash === -1 ? href : href.slice(0, hash);
  return <a {...props} href={`${path}${scenarioSearch(pair)}${hash === -1 ? "" : href.slice(hash)}`} />;
}
