// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { workloadSpecs } from "@/lib/assumptions";
import { defaultScenario } from "@/lib/scenario";
import { StringsProvider } from "@/components/i18n/StringsProvider";
import { NumberField } from "./NumberField";
import { CalculatorProvider, useCalculator } from "./store";
import { WorkloadControls } from "./WorkloadControls";
import { STRINGS } from "@/lib/i18n";

afterEach(cleanup);
const EnStrings = ({ children }: { children: ReactNode }) => <StringsProvider messages={STRINGS.en}>{children}</StringsProvider>;
const ZhStrings = ({ children }: { children: ReactNode }) => <StringsProvider messages={STRINGS.zh}>{children}</StringsProvider>;

function Harness({ initial = 5_000, range = workloadSpecs.queriesPerDay as { min: number; max: number; integer?: boolean } }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <NumberField value={value} onCommit={setValue} range={range} aria-label="field" />
      <output data-testid="committed">{value}</output>
    </>
  );
}

const field = () => screen.getByLabelText("field") as HTMLInputElement;
const committed = () => Number(screen.getByTestId("committed").textContent);
function type(input: HTMLInputElement, text: string, how: "enter" | "blur" = "enter") {
  act(() => {
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: text } });
  });
  act(() => {
    if (how === "enter") fireEvent.keyDown(input, { key: "Enter" });
    else fireEvent.blur(input);
  });
}
const messageOf = (input: HTMLInputElement) => {
  const id = input.getAttribute("aria-describedby");
  return id ? document.getElementById(id) : null;
};

describe("NumberField", () => {
  it('reads "20k" and "2万" as 20,000', () => {
    render(<Harness />, { wrapper: EnStrings });
    type(field(), "20k");
    expect(committed()).toBe(20_000);
    expect(field().value).toBe("20000");
    type(field(), "5");
    type(field(), "2万");
    expect(committed()).toBe(20_000);
    expect(field().getAttribute("aria-invalid")).toBeNull();
  });

  it('marks "abc" invalid with a message that says why, keeps the text on Enter, restores on blur', () => {
    render(<Harness />, { wrapper: EnStrings });
    type(field(), "abc");
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect(field().value).toBe("abc");
    const msg = messageOf(field())!;
    expect(msg.textContent).toBe("“abc” is not a number we understand (try 20000, 20k or 2万). Still using 5,000.");
    expect(msg.getAttribute("aria-live")).toBe("polite");
    expect(committed()).toBe(5_000);
    // Leaving the field: the value in use comes back, and the message stays.
    act(() => {
      fireEvent.blur(field());
    });
    expect(field().value).toBe("5000");
    expect(field().getAttribute("aria-invalid")).toBeNull();
    expect(messageOf(field())!.textContent).toContain("Still using 5,000");
    // Correcting it clears the complaint.
    type(field(), "7k");
    expect(committed()).toBe(7_000);
    expect(messageOf(field())).toBeNull();
  });

  it("says why in Chinese too", () => {
    render(<Harness />, { wrapper: ZhStrings });
    type(field(), "-5");
    expect(field().getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(field())!.textContent).toBe("这里不能是负数。仍使用 5,000。");
  });

  it('clamps "1e99" to the maximum, shows it and announces it', () => {
    render(<Harness />, { wrapper: EnStrings });
    type(field(), "1e99");
    expect(committed()).toBe(100_000_000);
    expect(field().value).toBe("100000000");
    const msg = messageOf(field())!;
    expect(msg.getAttribute("aria-live")).toBe("polite");
    expect(msg.textContent).toBe("1e99 is above the maximum; using 100,000,000.");
    expect(field().getAttribute("aria-invalid")).toBeNull();
  });

  it("announces a clamp even when the value was already at the limit", () => {
    render(<Harness initial={100_000_000} />, { wrapper: ZhStrings });
    type(field(), "1e99", "blur");
    expect(messageOf(field())!.textContent).toBe("1e99 超过上限，已改为 100,000,000。");
  });

  it("commits what the field shows on Enter or blur, even text its code never saw change", () => {
    // Typed before hydration, then Enter pressed in the moment between hydration and the take-up:
    // the field holds text the component's state has not been told about.
    const setDomValue = (input: HTMLInputElement, text: string) =>
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, text);
    render(<Harness />, { wrapper: ZhStrings });
    setDomValue(field(), "2万");
    act(() => {
      fireEvent.keyDown(field(), { key: "Enter" });
    });
    expect(committed()).toBe(20_000);
    expect(field().value).toBe("20000");
    setDomValue(field(), "3k");
    act(() => {
      fireEvent.blur(field());
    });
    expect(committed()).toBe(3_000);
  });

  it("Escape puts the value back and says nothing more", () => {
    render(<Harness />, { wrapper: EnStrings });
    type(field(), "abc");
    act(() => {
      fireEvent.keyDown(field(), { key: "Escape" });
    });
    expect(field().value).toBe("5000");
    expect(messageOf(field())).toBeNull();
  });
});

function Corpus() {
  const tokens = useCalculator((s) => s.scenario.corpusTokens);
  return <output data-testid="tokens">{tokens}</output>;
}

describe("the knowledge-base size field", () => {
  const renderControls = (wrapper: typeof EnStrings) =>
    render(
      <CalculatorProvider initialScenario={defaultScenario()} warnings={[]}>
        <WorkloadControls />
        <Corpus />
      </CalculatorProvider>,
      { wrapper },
    );

  it('takes "5 GB" as 1.25 billion tokens and shows the conversion and the PDF caveat', () => {
    renderControls(EnStrings);
    const input = screen.getByTestId("corpusTokens-input") as HTMLInputElement;
    type(input, "5 GB");
    // 5 × 10^9 bytes / 4 bytes per token.
    expect(Number(screen.getByTestId("tokens").textContent)).toBe(1_250_000_000);
    expect(input.value).toBe("1250000000");
    expect(messageOf(input)!.textContent).toBe(
      "5 GB of plain text ≈ 1.25B tokens, at 4 bytes of text per token. 5 GB of PDFs is not 5 GB of text: PDFs also carry layout, images and fonts. Extract the text first and give its size.",
    );
  });

  it('takes "4万页" as 20 million tokens, in Chinese', () => {
    renderControls(ZhStrings);
    const input = screen.getByTestId("corpusTokens-input") as HTMLInputElement;
    type(input, "100页");
    type(input, "4万页");
    expect(Number(screen.getByTestId("tokens").textContent)).toBe(20_000_000);
    expect(messageOf(input)!.textContent).toBe("40,000 页 ≈ 2,000 万 tokens（按每页 500 tokens 计）。");
  });

  it("says when a size goes into the wrong field", () => {
    renderControls(EnStrings);
    const input = screen.getByTestId("queriesPerDay-input") as HTMLInputElement;
    type(input, "5 GB");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(input)!.textContent).toMatch(/^Only the knowledge base size takes GB or pages/);
  });
});
