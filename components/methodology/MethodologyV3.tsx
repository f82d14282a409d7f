import { ASSUMPTION_KEYS, assumptionSpecs, type AssumptionKey, type ParamSpec } from "@/lib/assumptions";
import { assumptionDocs } from "@/lib/assumption-docs";
import { STRINGS } from "@/lib/i18n";
import { format } from "@/lib/i18n/format";
import type { Lang } from "@/lib/i18n-text";
import { ALL_APPROACHES } from "@/lib/model";
import { priceSetDoc } from "@/lib/price-set-docs";
import { DEFAULT_PRICE_SET, priceSet } from "@/lib/price-sets";
import { defaultOf } from "@/lib/scenario";
import { TASKS } from "@/lib/task-evidence";
import { ParamTable } from "./ParamTable";

/** A v3 assumption (long context) at v3's default price set, with that set's source where it prices it. */
function v3Default(k: AssumptionKey): ParamSpec {
  const set = DEFAULT_PRICE_SET[3];
  const evidence = priceSet(set)?.values[k] !== undefined ? priceSetDoc(set)?.evidence[k]?.[0] : undefined;
  const spec: ParamSpec = { ...assumptionSpecs[k], ...assumptionDocs[k], value: defaultOf(k, 3, set) };
  return evidence ? { ...spec, source: { url: evidence.url, asOf: evidence.checked, note: evidence.unconfirmed } } : spec;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/**
 * What model v3 adds to the page (shown once the pages read v3): long context's assumptions at v3's
 * default set, and the task kinds with the studies and tables their accuracies were read from.
 */
export function MethodologyV3({ lang }: { lang: Lang }) {
  const t = STRINGS[lang];
  const m = t.methodology;
  const set = priceSet(DEFAULT_PRICE_SET[3]);
  return (
    <>
      <section aria-labelledby="defaults group-lc">
        <h3 id="group-lc">{t.assumptions.groups.lc}</h3>
        <p>{format(m.lcDefaultsIntro, { set: set ? set.name[lang] : DEFAULT_PRICE_SET[3] })}</p>
        <ParamTable
          lang={lang}
          rows={ASSUMPTION_KEYS.filter((k) => assumptionSpecs[k].group === "lc").map((k) => ({
            key: k,
            spec: v3Default(k),
            range: assumptionSpecs[k].range,
          }))}
          labelledBy="group-lc"
        />
      </section>
      <h2 id="task-kinds">{m.tasks}</h2>
      <p>{m.tasksIntro}</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="task-kinds">
        <table data-testid="task-kinds">
          <thead>
            <tr>
              <th scope="col">{m.taskKind}</th>
              {ALL_APPROACHES.map((a) => (
                <th key={a} scope="col">
                  {t.approach[a]}
                </th>
              ))}
              <th scope="col">{m.studies}</th>
            </tr>
          </thead>
          <tbody>
            {TASKS.map((task) => (
              <tr key={task.id} id={`task-${task.id}`}>
                <th scope="row" className="font-normal">
                  {task.label[lang]}
                  <code className="block text-xs">task={task.id}</code>
                </th>
                {ALL_APPROACHES.map((a) => {
                  const r = task.accuracy[a];
                  return (
                    <td key={a} className="whitespace-nowrap tabular-nums">
                      {r ? (
                        `${percent(r.low)}–${percent(r.high)}`
                      ) : (
                        <span className="text-slate-500 dark:text-slate-400">{m.notMeasured}</span>
                      )}
                    </td>
                  );
                })}
                <td className="text-xs">
                  {task.studies.map((study) => (
                    <span key={study.arxiv} className="block">
                      <a href={`https://arxiv.org/abs/${study.arxiv}`} target="_blank" rel="noreferrer">
                        {study.paper}
                      </a>{" "}
                      (arXiv {study.arxiv}).{" "}
                      {/* The table's full description is in English (the papers' own words); Chinese names the table. */}
                      <span lang="en">{lang === "en" ? study.table : study.table.split(/ \(|\. /)[0]}</span>{" "}
                      <span className="text-slate-500 dark:text-slate-400">
                        ({m.checked} {study.checked})
                      </span>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
