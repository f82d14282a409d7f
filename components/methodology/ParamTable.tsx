/** The methodology page's tables of inputs and assumptions: name, URL name, default, range, band, unit, source. */
import { type AssumptionKey, type ParamSpec, type Source } from "@/lib/assumptions";
import { formatPlain } from "@/lib/format";
import { STRINGS } from "@/lib/i18n";
import { format } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n-text";
import { assumptionAt } from "@/lib/uncertainty";

function SourceCell({ source, lang }: { source?: Source; lang: Lang }) {
  const t = STRINGS[lang];
  if (!source) return <span className="text-slate-500 dark:text-slate-400">{t.methodology.contractDefault}</span>;
  return (
    <span>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer" className="break-all">
          {new URL(source.url).hostname}
        </a>
      ) : null}
      {source.note ? <span className="block text-xs text-slate-500 dark:text-slate-400">{source.note[lang]}</span> : null}
      <span className="block text-xs text-slate-500 dark:text-slate-400">
        {format(t.assumptions.asOf, { date: source.asOf })}
      </span>
    </span>
  );
}

/** `labelledBy`: the ids of the headings that name the table's scrolling region (each table its own name). */
export function ParamTable({
  lang,
  rows,
  labelledBy,
}: {
  lang: Lang;
  rows: { key: string; spec: ParamSpec; range?: readonly [number, number] }[];
  labelledBy: string;
}) {
  const withRange = rows.some((r) => r.range);
  const t = STRINGS[lang].methodology;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.urlName}</th>
            <th scope="col">{t.defaultValue}</th>
            <th scope="col">{t.range}</th>
            {withRange ? <th scope="col">{t.band}</th> : null}
            <th scope="col">{t.unit}</th>
            <th scope="col">{t.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, spec, range }) => (
            <tr key={key} id={`param-${key}`}>
              <th scope="row" className="font-normal">
                <span className="font-medium">{spec.label[lang]}</span>
                <code className="block text-xs">{key}</code>
                <span className="block text-xs text-slate-500 dark:text-slate-400">{spec.help[lang]}</span>
              </th>
              <td>
                <code>{spec.url}</code>
              </td>
              <td className="tabular-nums" data-testid={`default-${key}`}>
                {formatPlain(spec.value, lang)}
              </td>
              <td className="whitespace-nowrap tabular-nums">
                {formatPlain(spec.min, lang)} – {formatPlain(spec.max, lang)}
              </td>
              {withRange && range ? (
                <td className="whitespace-nowrap tabular-nums" data-testid={`band-${key}`}>
                  {formatPlain(assumptionAt(key as AssumptionKey, spec.value, "optimistic"), lang)} /{" "}
                  {formatPlain(assumptionAt(key as AssumptionKey, spec.value, "pessimistic"), lang)}
                  <span className="block text-xs text-slate-500 dark:text-slate-400">
                    ×{range[0]} / ×{range[1]}
                  </span>
                </td>
              ) : null}
              <td>{spec.unit[lang]}</td>
              <td>
                <SourceCell source={spec.source} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
