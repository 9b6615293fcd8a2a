import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { EventImageView, safeImageUrl } from "../../src/components/Detail/EventImageView";

describe("an event's image", () => {
  it("is an <img>, lazy, with its alt text, caption and credit", () => {
    render(
      <EventImageView
        image={{
          url: "https://example.org/a.jpg",
          alt: "A handshake",
          caption: "Manila, 1977",
          credit: "Photo: X",
        }}
      />,
    );
    const img = screen.getByRole("img", { name: "A handshake" });
    expect(img).toHaveAttribute("loading", "lazy");
    expect(screen.getByText("Photo: X")).toBeInTheDocument();
    expect(screen.getByText(/Manila, 1977/)).toBeInTheDocument();
  });

  it("gives way to its alt text and credit when broken", () => {
    render(
      <EventImageView
        image={{ url: "https://example.org/gone.jpg", alt: "A handshake", credit: "Photo: X" }}
      />,
    );
    fireEvent.error(screen.getByRole("img"));
    expect(screen.queryByRole("img")).toBeNull();
    expect(screen.getByText(/Image not available: A handshake/)).toBeInTheDocument();
    expect(screen.getByText("Photo: X")).toBeInTheDocument();
  });

  it("never draws an address that is not http(s) or a raster data: image", () => {
    expect(safeImageUrl("javascript:alert(1)")).toBeNull();
    expect(safeImageUrl("data:image/svg+xml;base64,PHN2Zz4=")).toBeNull();
    expect(safeImageUrl("data:image/png;base64,iVBO")).toBe("data:image/png;base64,iVBO");
    render(<EventImageView image={{ url: "javascript:alert(1)", alt: "Nope" }} />);
    expect(screen.queryByRole("img")).toBeNull();
  });
});
