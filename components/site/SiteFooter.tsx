import Link from "next/link";
import { Credit } from "@/components/article/Credit";
import { STRINGS } from "@/lib/i18n";
import type { Lang } from "@/lib/i18n-text";
import { localPath } from "@/lib/paths";

export function SiteFooter({ lang }: { lang: Lang }) {
  const t = STRINGS[lang];
  return (
    <footer className="mt-16 border-t border-slate-200 py-8 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto grid max-w-[90rem] gap-2 px-4 sm:px-6">
        <Credit lang={lang} />
        <p>
          <Link href={localPath(lang, "/methodology")} className="underline">
            {t.footer.methodology}
          </Link>{" "}
          · {t.footer.code}
        </p>
      </div>
    </footer>
  );
}
