export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export type PageProps = { searchParams: SearchParams };

export const hasScenarioQuery = (params: Record<string, string | string[] | undefined>) => Object.keys(params).length > 0;
