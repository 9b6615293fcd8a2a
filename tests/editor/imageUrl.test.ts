import { describe, expect, it } from "vitest";
import { EventImage, HttpUrl, MAX_IMAGE_DATA_URL, SourceRef } from "../../src/data/schema";

const png = "data:image/png;base64,iVBORw0KGgo=";

describe("an event image's url", () => {
  it("takes http(s) links and picked PNG, JPEG, GIF or WebP files", () => {
    for (const url of [
      "https://example.org/a.jpg",
      png,
      "data:image/jpeg;base64,/9j/4AAQ",
      "data:image/webp;base64,UklG",
    ])
      expect(EventImage.safeParse({ url, alt: "A" }).success).toBe(true);
  });

  it("refuses SVG, HTML, javascript: and oversized data", () => {
    for (const url of [
      "data:image/svg+xml;base64,PHN2Zz4=",
      "data:text/html;base64,PHNjcmlwdD4=",
      "data:image/png,<svg onload=alert(1)>",
      "javascript:alert(1)",
      `data:image/png;base64,${"A".repeat(MAX_IMAGE_DATA_URL)}`,
    ])
      expect(EventImage.safeParse({ url, alt: "A" }).success).toBe(false);
  });

  it("needs alt text", () => {
    expect(EventImage.safeParse({ url: png }).success).toBe(false);
    expect(EventImage.safeParse({ url: png, alt: "" }).success).toBe(false);
  });

  it("allows data: nowhere else", () => {
    expect(HttpUrl.safeParse(png).success).toBe(false);
    expect(SourceRef.safeParse({ source: "a", url: png }).success).toBe(false);
  });
});
