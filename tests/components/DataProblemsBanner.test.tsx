import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { DataProblemsBanner } from "../../src/components/Dataset/DataProblemsBanner";
import type { DataProblem } from "../../src/data/validate";

const problems: DataProblem[] = [
  { path: "row[5]", message: "Row 5: date '2023-13-45' is not a real date" },
  { path: "row[7]", message: "Row 7: link 'javascript:alert(1)' must be an http or https link" },
];

describe("DataProblemsBanner", () => {
  it("says how many rows were skipped, as a status", () => {
    render(<DataProblemsBanner problems={problems} skipped={2} onDismiss={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent(/^!2 rows skipped — details/);
  });

  it("discloses the messages with an aria-expanded button", async () => {
    const user = userEvent.setup();
    render(<DataProblemsBanner problems={problems} skipped={2} onDismiss={() => {}} />);
    const toggle = screen.getByRole("button", { name: "details" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("listitem")).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(
      problems.map((p) => p.message),
    );
    const list = document.getElementById(toggle.getAttribute("aria-controls")!);
    expect(list).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(list).not.toBeVisible();
  });

  it("shows hostile text as text, never as HTML", async () => {
    const user = userEvent.setup();
    const hostile = "Row 2: title '<img src=x onerror=alert(1)><script>alert(2)</script>' is too long";
    render(
      <DataProblemsBanner
        problems={[{ path: "row[2]", message: hostile }]}
        skipped={1}
        onDismiss={() => {}}
      />,
    );
    await user.click(screen.getByRole("button", { name: "details" }));
    expect(screen.getByRole("listitem").textContent).toBe(hostile);
    expect(document.querySelector("img, script")).toBeNull();
  });

  it("calls onDismiss", async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<DataProblemsBanner problems={problems} skipped={2} onDismiss={onDismiss} />);
    await user.click(screen.getByRole("button", { name: "Dismiss the data problems" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it("uses 'events' for JSON messages, singular for one, and notes when nothing was skipped", () => {
    const { rerender } = render(
      <DataProblemsBanner
        problems={[{ path: "events[0]", message: "Event 1 (2003-a): date 'x' must…" }]}
        skipped={1}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("1 event skipped");
    rerender(
      <DataProblemsBanner
        problems={[{ path: "columns[3]", message: "Column 'x' is not used." }]}
        skipped={0}
        onDismiss={() => {}}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("1 note about the data");
    rerender(<DataProblemsBanner problems={[]} skipped={0} onDismiss={() => {}} />);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("lists at most 200 problems and says how many more there are", async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 1234 }, (_, i) => ({
      path: `row[${i + 2}]`,
      message: `Row ${i + 2}: bad`,
    }));
    render(<DataProblemsBanner problems={many} skipped={1234} onDismiss={() => {}} />);
    expect(screen.getByRole("status")).toHaveTextContent("1,234 rows skipped");
    await user.click(screen.getByRole("button", { name: "details" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(200);
    expect(screen.getByText("…and 1,034 more problems.")).toBeInTheDocument();
  });
});
