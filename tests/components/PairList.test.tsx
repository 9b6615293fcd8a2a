import { describe, expect, it, vi } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import { PairList, LIST_WINDOW_ABOVE } from "../../src/components/Compare/PairList";
import type { EventPair } from "../../src/chart/pairs";
import { realDataset, renderWithStore } from "./viewsFixture";

/** `n` pairs made of the real events (titles repeat; keys are unique). */
function pairs(n: number): EventPair[] {
  const evs = realDataset.events;
  return Array.from({ length: n }, (_, i) => {
    const first = evs[i % evs.length]!;
    const second = evs[(i + 1) % evs.length]!;
    return { key: `${first.id}|${second.id}|${i}`, first, second, kind: "category", lagYears: 0 };
  });
}

describe("PairList", () => {
  it("lists every pair when the list is short", () => {
    renderWithStore(
      <PairList
        ds={realDataset}
        pairs={pairs(12)}
        sides={["japan", "china"]}
        onOpenPair={() => {}}
        onShowInTable={() => {}}
      />,
    );
    const list = screen.getByRole("list");
    expect(within(list).getAllByRole("button")).toHaveLength(12);
  });

  it("renders only a window of a long list, each item telling its place, and follows the scroll", () => {
    const n = LIST_WINDOW_ABOVE * 20;
    const open = vi.fn();
    renderWithStore(
      <PairList
        ds={realDataset}
        pairs={pairs(n)}
        sides={["japan", "china"]}
        onOpenPair={open}
        onShowInTable={() => {}}
      />,
    );
    const list = screen.getByRole("list");
    const items = () => within(list).getAllByRole("listitem");
    expect(items().length).toBeLessThan(60);
    expect(items()[0]).toHaveAttribute("aria-posinset", "1");
    expect(items()[0]).toHaveAttribute("aria-setsize", String(n));

    list.scrollTop = 56 * 1000;
    fireEvent.scroll(list);
    return vi.waitFor(() => {
      const shown = items().map((li) => Number(li.getAttribute("aria-posinset")));
      expect(shown[0]).toBeGreaterThan(900);
      expect(shown.length).toBeLessThan(60);
      fireEvent.click(within(items()[0]!).getByRole("button"));
      expect(open).toHaveBeenCalledWith(pairs(n)[shown[0]! - 1]!.key);
    });
  });
});
