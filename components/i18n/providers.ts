import type { Lang } from "@/lib/i18n-text";
import type { StringsProviderType } from "./context";

/**
 * Each language's strings provider, loaded on demand: for parts of a page behind a gate
 * (components/gate), which bring their own providers. Only the language asked for is fetched.
 */
export const loadStringsProvider: Record<Lang, () => Promise<StringsProviderType>> = {
  zh: () => import("./ZhStrings").then((m) => m.ZhStrings),
  en: () => import("./EnStrings").then((m) => m.EnStrings),
};

/**
 * The same providers for the server's render of a gated part; null in the browser, whose code drops
 * this branch and its modules.
 */
export const serverStringsProviders: Record<Lang, StringsProviderType> | null =
  typeof window === "undefined"
    ? {
        /* eslint-disable @typescript-eslint/no-require-imports -- server only, see above */
        zh: (require("./ZhStrings") as typeof import("./ZhStrings")).ZhStrings,
        en: (require("./EnStrings") as typeof import("./EnStrings")).EnStrings,
        /* eslint-enable @typescript-eslint/no-require-imports */
      }
    : null;
