// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, expect, it } from "vitest";
import { EnStrings } from "@/components/i18n/EnStrings";
import { NumberField } from "./NumberField";

afterEach(cleanup);

function Harness() {
  const [value, setValue] = useState(5_000);
  return (
    <>
      <NumberField value={value} onCommit={setValue} range={{ min: 0, max: 1_000_000, integer: true }} aria-label="field" />
      <output data-testid="committed">{value}</output>
    </>
  );
}

// A file of its own: the reader of typed quantities is loaded once per module instance, and here
// nothing has loaded it before the first Enter.
it("commits text typed before the reader of quantities has loaded, once it arrives", async () => {
  render(<Harness />, { wrapper: EnStrings });
  const input = screen.getByLabelText("field") as HTMLInputElement;
  act(() => {
    fireEvent.change(input, { target: { value: "20k" } });
    fireEvent.keyDown(input, { key: "Enter" });
  });
  await waitFor(() => expect(screen.getByTestId("committed").textContent).toBe("20000"));
  expect(input.value).toBe("20000");

  act(() => {
    fireEvent.change(input, { target: { value: "abc" } });
    fireEvent.blur(input);
  });
  expect(input.value).toBe("20000");
  expect(input.getAttribute("aria-invalid")).toBeNull();
  expect(document.getElementById(input.getAttribute("aria-describedby")!)!.textContent).toMatch(/^“abc” is not a number/);
});
