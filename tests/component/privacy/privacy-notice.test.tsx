import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import PrivacyPage from "@/app/(patient)/privacy/page";
import { PrivacyNotice } from "@/components/privacy/PrivacyNotice";
import { defaultPrivacyNotice } from "@/lib/server/privacy-notice";

describe("PrivacyNotice", () => {
  it("renders the Markdown, its headings one level below the page's h1", () => {
    render(<PrivacyNotice markdown={"# Your data\n\nWe keep it **safe**.\n\n## Your rights\n\n- a copy\n- deletion\n"} />);
    expect(screen.getByRole("heading", { level: 2, name: "Your data" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Your rights" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByText("safe").tagName).toBe("STRONG");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["a copy", "deletion"]);
  });

  it("never renders HTML in the Markdown as HTML", () => {
    const { container } = render(
      <PrivacyNotice
        markdown={
          'Before <script>alert("x")</script> after.\n\n<img src="x" onerror="alert(1)">\n\n<a href="https://evil.example">click</a>\n\n[run](javascript:alert(1))\n'
        }
      />,
    );
    expect(container.querySelector("script, img, [onerror], iframe")).toBeNull();
    expect(container.querySelector('a[href^="https://evil"]')).toBeNull();
    // Shown as the text it is (react-markdown's default), not run or dropped silently.
    expect(container).toHaveTextContent('Before <script>alert("x")</script> after.');
    // A javascript: link keeps its words and loses its address.
    expect(screen.getByText("run").closest("a")?.getAttribute("href") ?? "").not.toMatch(/javascript/i);
  });

  it("renders the default notice with the clinic's name as written", () => {
    const { container } = render(<PrivacyNotice markdown={defaultPrivacyNotice({ clinicName: "*Skin_Care* <b>", clinicPhone: "020 7946 0123" })} />);
    expect(container.querySelector("b, em, strong")).toBeNull();
    expect(container).toHaveTextContent("*Skin_Care* <b> runs this online screening.");
    expect(container).toHaveTextContent("Call *Skin_Care* <b> on 020 7946 0123");
  });

  it("is the page at /privacy: one h1, then the default notice naming the clinic", () => {
    render(<PrivacyPage />);
    expect(screen.getAllByRole("heading", { level: 1 }).map((heading) => heading.textContent)).toEqual(["Privacy notice"]);
    expect(screen.getByText(/^Demo Skin Clinic runs this online screening/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "What we collect" })).toBeInTheDocument();
  });
});
