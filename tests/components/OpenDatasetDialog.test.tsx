import { act, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  OpenDatasetDialog,
  type OpenDatasetDialogProps,
} from "../../src/components/Dataset/OpenDatasetDialog";
import { DropOverlay } from "../../src/components/Dataset/DropOverlay";
import { useFileDrop } from "../../src/hooks/useFileDrop";

// jsdom has no modal dialogs: a minimal showModal/close, with Escape firing "cancel" then closing as browsers do.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __polyfilled?: boolean };
  if (typeof proto.showModal === "function" || proto.__polyfilled) return;
  proto.__polyfilled = true;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute("open", "");
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || !this.open) return;
      if (this.dispatchEvent(new Event("cancel", { cancelable: true }))) this.close();
    };
    this.addEventListener("keydown", onKey);
    const focusable = this.querySelector<HTMLElement>("input, button, a[href]");
    focusable?.focus();
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
});

function setup(over: Partial<OpenDatasetDialogProps> = {}) {
  const props: OpenDatasetDialogProps = {
    isCustom: false,
    loading: null,
    error: null,
    onFile: vi.fn(),
    onUrl: vi.fn(),
    onBuiltIn: vi.fn(),
    ...over,
  };
  const user = userEvent.setup();
  const utils = render(<OpenDatasetDialog {...props} />);
  const open = async () => {
    await user.click(screen.getByRole("button", { name: "Open dataset…" }));
    // The dialog is its own chunk: the first open waits for it (slow on a loaded machine).
    return screen.findByRole("dialog", { name: "Open a dataset" }, { timeout: 15_000 });
  };
  return { props, user, open, ...utils };
}

describe("OpenDatasetDialog", () => {
  it("opens a modal dialog from its button and returns focus there on Escape", async () => {
    const { user, open } = setup();
    expect(screen.queryByRole("dialog")).toBeNull();
    const dialog = await open();
    expect(dialog).toHaveAttribute("open");
    await user.keyboard("{Escape}");
    expect(dialog).not.toHaveAttribute("open");
    expect(screen.getByRole("button", { name: "Open dataset…" })).toHaveFocus();
  });

  it("closes with its Close button too", async () => {
    const { user, open } = setup();
    const dialog = await open();
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(dialog).not.toHaveAttribute("open");
    expect(screen.getByRole("button", { name: "Open dataset…" })).toHaveFocus();
  });

  it("hands a chosen file to onFile", async () => {
    const { user, open, props } = setup();
    await open();
    const file = new File(["id,date\n"], "mine.csv", { type: "text/csv" });
    await user.upload(screen.getByLabelText(/A file from this device/), file);
    expect(props.onFile).toHaveBeenCalledWith(file);
    expect(screen.getByLabelText(/A file from this device/)).toHaveAttribute(
      "accept",
      ".json,.csv,application/json,text/csv",
    );
  });

  it("hands a trimmed address to onUrl on Load or Enter, and not an empty one", async () => {
    const { user, open, props } = setup();
    await open();
    const field = screen.getByRole("textbox", { name: "Or the address of a file on the web" });
    expect(screen.getByRole("button", { name: "Load" })).toBeDisabled();
    await user.type(field, "  https://example.org/t.csv ");
    await user.click(screen.getByRole("button", { name: "Load" }));
    expect(props.onUrl).toHaveBeenCalledWith("https://example.org/t.csv");
    await user.type(field, "{Enter}");
    expect(props.onUrl).toHaveBeenCalledTimes(2);
  });

  it("links the template and the JSON Schema with relative addresses", async () => {
    const { open } = setup();
    await open();
    expect(screen.getByRole("link", { name: "CSV template" })).toHaveAttribute("href", "template.csv");
    expect(screen.getByRole("link", { name: "JSON Schema" })).toHaveAttribute("href", "dataset.schema.json");
  });

  it("offers the built-in dataset only when a custom one is shown", async () => {
    const first = setup();
    await first.open();
    expect(screen.queryByRole("button", { name: "Back to the built-in dataset" })).toBeNull();
    first.unmount();
    const { user, open, props } = setup({ isCustom: true });
    const dialog = await open();
    await user.click(screen.getByRole("button", { name: "Back to the built-in dataset" }));
    expect(props.onBuiltIn).toHaveBeenCalledOnce();
    expect(dialog).not.toHaveAttribute("open");
  });

  it("shows progress while loading, then closes when the load succeeds", async () => {
    const { open, rerender, props } = setup();
    const dialog = await open();
    rerender(<OpenDatasetDialog {...props} loading={{ loaded: 2 * 1024 * 1024, total: 4 * 1024 * 1024 }} />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading the dataset — 2.0 MB of 4.0 MB");
    expect(screen.getByRole("progressbar", { name: "Loading progress" })).toHaveAttribute("value", "50");
    expect(screen.getByLabelText(/A file from this device/)).toBeDisabled();
    rerender(<OpenDatasetDialog {...props} loading={{ loaded: 4000, total: 10000, phase: "rows" }} />);
    expect(screen.getByRole("status")).toHaveTextContent("Preparing 4,000 of 10,000 events…");
    rerender(<OpenDatasetDialog {...props} loading={null} />);
    expect(dialog).not.toHaveAttribute("open");
  });

  it("offers Cancel beside the progress when it can stop the load", async () => {
    const { open, rerender, props, user } = setup();
    await open();
    const onCancel = vi.fn();
    rerender(
      <OpenDatasetDialog
        {...props}
        onCancel={onCancel}
        loading={{ loaded: 0, total: null, phase: "parse" }}
      />,
    );
    expect(screen.getByRole("status")).toHaveTextContent("Reading and checking the rows…");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it("stays open and shows the error as text when the load fails", async () => {
    const { open, rerender, props } = setup();
    const dialog = await open();
    rerender(<OpenDatasetDialog {...props} loading={{ loaded: 0, total: null }} />);
    const error = "The server answered 404: the file was not found (<b>example.org</b>).";
    rerender(<OpenDatasetDialog {...props} loading={null} error={error} />);
    expect(dialog).toHaveAttribute("open");
    expect(screen.getByRole("alert").textContent).toBe(error);
    expect(dialog.querySelector("b")).toBeNull();
  });
});

describe("OpenDatasetDialog without showModal", () => {
  const saved = {
    showModal: HTMLDialogElement.prototype.showModal,
    close: HTMLDialogElement.prototype.close,
  };
  afterEach(() => Object.assign(HTMLDialogElement.prototype, saved));

  it("falls back to the open attribute, and Escape still closes it", async () => {
    Object.assign(HTMLDialogElement.prototype, { showModal: undefined, close: undefined });
    const { user, open } = setup();
    const dialog = await open();
    expect(dialog).toHaveAttribute("open");
    screen.getByRole("button", { name: "Close" }).focus();
    await user.keyboard("{Escape}");
    expect(dialog).not.toHaveAttribute("open");
    expect(screen.getByRole("button", { name: "Open dataset…" })).toHaveFocus();
  });
});

describe("useFileDrop and DropOverlay", () => {
  function drag(type: "dragenter" | "dragover" | "dragleave" | "drop", files: File[], types = ["Files"]) {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, "dataTransfer", { value: { types, files, dropEffect: "none" } });
    act(() => {
      window.dispatchEvent(event);
    });
    return event;
  }

  it("shows the overlay while a file is over the page and hands the dropped file over", () => {
    const onFile = vi.fn();
    const { result } = renderHook(() => useFileDrop(onFile));
    const file = new File(["{}"], "d.json", { type: "application/json" });
    expect(result.current).toBe(false);
    drag("dragenter", [file]);
    drag("dragenter", [file]); // entering a child element
    drag("dragleave", [file]);
    expect(result.current).toBe(true);
    expect(drag("dragover", [file]).defaultPrevented).toBe(true);
    const dropped = drag("drop", [file]);
    expect(dropped.defaultPrevented).toBe(true); // the browser must not navigate to the file
    expect(result.current).toBe(false);
    expect(onFile).toHaveBeenCalledWith(file);
  });

  it("hides the overlay when the drag leaves the page, and ignores text drags", () => {
    const onFile = vi.fn();
    const { result } = renderHook(() => useFileDrop(onFile));
    drag("dragenter", []);
    drag("dragleave", []);
    expect(result.current).toBe(false);
    const textDrop = drag("drop", [], ["text/plain"]);
    expect(textDrop.defaultPrevented).toBe(false);
    expect(onFile).not.toHaveBeenCalled();
  });

  it("renders the overlay only when active", () => {
    const { rerender } = render(<DropOverlay active={false} />);
    expect(screen.queryByText("Drop the file to open it")).toBeNull();
    rerender(<DropOverlay active />);
    expect(screen.getByText("Drop the file to open it")).toBeInTheDocument();
  });
});
