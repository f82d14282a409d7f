import { ARTICLE } from "@/components/article/content";
import { articleComponents } from "@/components/article/mdx";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import { SiteFooter } from "@/components/site/SiteFooter";
import { SiteHeader } from "@/components/site/SiteHeader";
import {
  ARTICLE_LATENCY_MS,
  ASSUMPTION_GROUPS,
  ASSUMPTION_KEYS,
  TOKENS_PER_PAGE,
  WORKLOAD_KEYS,
  assumptionSpecs,
  workloadSpecs,
  type AssumptionKey,
  type ParamSpec,
} from "@/lib/assumptions";
import { assumptionDocs } from "@/lib/assumption-docs";
import { formatPlain } from "@/lib/format";
import { FORMULAS, FORMULAS_V3 } from "@/lib/formulas";
import { MethodologyV3 } from "./MethodologyV3";
import { ParamTable } from "./ParamTable";
import { priceSetDoc } from "@/lib/price-set-docs";
import type { PriceEvidence, PriceSet } from "@/lib/price-set-types";
import { DEFAULT_PRICE_SET, PRICE_SETS, priceSet } from "@/lib/price-sets";
import { clientMessages, STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { CURRENT_VERSION, DEFAULT_FX, defaultOf, defaultScenario, type ParseResult } from "@/lib/scenario";
import { PAGES_READ_V3 } from "@/lib/versions";
import { format } from "@/lib/i18n/format";

function EvidenceList({ list, lang }: { list: readonly PriceEvidence[] | undefined; lang: Lang }) {
  const m = STRINGS[lang].methodology;
  if (!list?.length) return <span className="text-slate-500 dark:text-slate-400">—</span>;
  return (
    <>
      {list.map((e, i) => (
        <span key={`${e.url}-${i}`} className="block">
          <a href={e.url} target="_blank" rel="noreferrer" className="break-all">
            {new URL(e.url).hostname.replace(/^www\./, "")}
          </a>{" "}
          <span className="text-xs text-slate-500 dark:text-slate-400">
            ({m.checked} {e.checked})
          </span>
          {e.quote ? (
            <q className="block text-xs text-slate-600 dark:text-slate-300" lang="en">
              {e.quote}
            </q>
          ) : null}
          {e.derivation ? <span className="block text-xs">{e.derivation[lang]}</span> : null}
          {e.unconfirmed ? (
            <span className="block text-xs font-medium text-amber-800 dark:text-amber-300" data-testid="unconfirmed">
              {m.unconfirmed}: {e.unconfirmed[lang]}
            </span>
          ) : null}
        </span>
      ))}
    </>
  );
}

/**
 * An assumption as the current version's default: the default price set's value and source where the
 * set prices it (v1's table otherwise, whose prices now sit in the retired v1 sets below).
 */
function currentDefault(k: AssumptionKey): ParamSpec {
  const set = DEFAULT_PRICE_SET[CURRENT_VERSION];
  const evidence = priceSet(set)?.values[k] !== undefined ? priceSetDoc(set)?.evidence[k]?.[0] : undefined;
  const spec: ParamSpec = { ...assumptionSpecs[k], ...assumptionDocs[k], value: defaultOf(k, CURRENT_VERSION, set) };
  return evidence ? { ...spec, source: { url: evidence.url, asOf: evidence.checked, note: evidence.unconfirmed } } : spec;
}

/** One price set: status, dates, every number with the page, day and sentence it was read from. */
function PriceSetSection({ set, lang }: { set: PriceSet; lang: Lang }) {
  const m = STRINGS[lang].methodology;
  const doc = priceSetDoc(set.id);
  const isDefault = DEFAULT_PRICE_SET[CURRENT_VERSION] === set.id;
  const l = set.latency;
  return (
    <section aria-labelledby={`set-${set.id}`} data-testid={`price-set-${set.id}`}>
      <h3 id={`set-${set.id}`}>
        {set.name[lang]} <code className="text-sm font-normal">p={set.id}</code>
      </h3>
      <p className="text-sm">
        <strong>{set.status === "current" ? m.current : format(m.retiredOn, { date: set.retiredOn ?? set.asOf })}</strong>
        {isDefault ? ` · ${m.defaultSet}` : ""} · v{set.version} · {format(STRINGS[lang].assumptions.asOf, { date: set.asOf })}
      </p>
      {doc ? <p>{doc.description[lang]}</p> : null}
      {doc?.reason ? <p className="text-sm">{doc.reason[lang]}</p> : null}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`${set.name[lang]}: ${m.source}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.value}</th>
              <th scope="col">{m.source}</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(set.values) as AssumptionKey[]).map((k) => (
              <tr key={k}>
                <th scope="row" className="font-normal">
                  {assumptionDocs[k].label[lang]} <code className="text-xs">{assumptionSpecs[k].url}</code>
                </th>
                <td>
                  {formatPlain(set.values[k]!, lang)} <span className="text-xs">{assumptionDocs[k].unit[lang]}</span>
                </td>
                <td>
                  <EvidenceList list={doc?.evidence[k]} lang={lang} />
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row" className="font-normal">
                {m.latency}
              </th>
              <td className="text-xs">
                TTFT {l.ttftMs.low}–{l.ttftMs.high} ms · prefill {formatPlain(l.prefillTokensPerSecond.low, lang)}–
                {formatPlain(l.prefillTokensPerSecond.high, lang)} tokens/s · embedding {l.embeddingMs.low}–{l.embeddingMs.high}{" "}
                ms · search {l.vectorSearchMs.low}–{l.vectorSearchMs.high} ms
              </td>
              <td>
                <EvidenceList list={doc?.evidence.latency} lang={lang} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function MethodologyPage({ lang, parsed }: { lang: Lang; parsed: ParseResult | null }) {
  const t = STRINGS[lang];
  // The scenario the page was opened from: its links lead back to it.
  const initial = parsed ?? { scenario: defaultScenario() };
  const m = t.methodology;
  const { Methodology } = ARTICLE[lang];
  return (
    <StringsProvider messages={clientMessages(t)}>
      <SiteHeader lang={lang} path="/methodology" initial={initial} />
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <article className="prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-16 prose-p:max-w-[46rem] prose-code:before:content-none prose-code:after:content-none prose-table:text-sm prose-a:text-sky-700 dark:prose-a:text-sky-300">
          <h1>{m.title}</h1>
          <Methodology components={articleComponents(lang)} />
          <h2 id="formulas">{m.formulas}</h2>
          {(PAGES_READ_V3 ? [...FORMULAS, ...FORMULAS_V3] : FORMULAS).map((block) => (
            <section key={block.id} aria-labelledby={`formulas formula-${block.id}`}>
              <h3 id={`formula-${block.id}`}>{block.title[lang]}</h3>
              {block.note ? <p>{block.note[lang]}</p> : null}
              <pre className="overflow-x-auto text-xs leading-relaxed" tabIndex={0}>
                <code>{block.lines.join("\n")}</code>
              </pre>
            </section>
          ))}
          <h2 id="inputs">{m.inputs}</h2>
          <ParamTable lang={lang} rows={WORKLOAD_KEYS.map((k) => ({ key: k, spec: workloadSpecs[k] }))} labelledBy="inputs" />
          <h2 id="defaults">{m.defaults}</h2>
          {ASSUMPTION_GROUPS.map((g) => (
            <section key={g} aria-labelledby={`defaults group-${g}`}>
              <h3 id={`group-${g}`}>{t.assumptions.groups[g]}</h3>
              <ParamTable
                lang={lang}
                rows={ASSUMPTION_KEYS.filter((k) => assumptionSpecs[k].group === g).map((k) => ({
                  key: k,
                  spec: currentDefault(k),
                  range: assumptionSpecs[k].range,
                }))}
                labelledBy={`group-${g}`}
              />
            </section>
          ))}
          {PAGES_READ_V3 ? <MethodologyV3 lang={lang} /> : null}
          <h2 id="pricing-presets">{m.presets}</h2>
          <p>{m.presetsIntro}</p>
          {PRICE_SETS.map((set) => (
            <PriceSetSection key={set.id} set={set} lang={lang} />
          ))}
          <h2 id="constants">{m.constants}</h2>
          <ul>
            <li>
              {lang === "zh" ? "每页约" : "One page ≈"} {TOKENS_PER_PAGE} tokens
            </li>
            <li>
              {lang === "zh" ? "原文引用的典型延迟" : "The article's typical latencies"}: {t.approach.ft}{" "}
              {ARTICLE_LATENCY_MS.ft.low}–{ARTICLE_LATENCY_MS.ft.high} ms, {t.approach.rag} {ARTICLE_LATENCY_MS.rag.low}–
              {ARTICLE_LATENCY_MS.rag.high} ms
            </li>
            <li>
              {m.fx}: {DEFAULT_FX.value} CNY / USD (
              {lang === "zh" ? "欧洲央行参考汇率交叉计算" : "cross rate from ECB reference rates"},{" "}
              <a href={DEFAULT_FX.source.url} target="_blank" rel="noreferrer">
                ECB
              </a>
              , {DEFAULT_FX.source.asOf})
            </li>
          </ul>
        </article>
      </main>
      <SiteFooter lang={lang} initial={initial} />
    </StringsProvider>
  );
}
