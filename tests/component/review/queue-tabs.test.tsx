import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { QueueTabs } from "@/components/review/QueueTabs";
import { COUNT_LIMIT } from "@/lib/submissions/queue-tabs";

const tab = (id: string, label: string, count: number) => ({ id, label, count, href: `/staff?tab=${id}` });

describe("the queue's tabs", () => {
  it("show each count exactly up to the limit, and a count above it as 1,000+ (in words for a screen reader)", () => {
    render(
      <QueueTabs
        currentId="to_review"
        tabs={[tab("to_review", "To review", 7), tab("new", "New", COUNT_LIMIT), tab("decided", "Decided", COUNT_LIMIT + 1)]}
      />,
    );
    expect(screen.getByRole("link", { name: "To review 7 submissions" })).toHaveAttribute("aria-current", "page");
    expect(screen.getByRole("link", { name: "New 1,000 submissions" })).not.toHaveAttribute("aria-current");
    expect(screen.getByRole("link", { name: "Decided more than 1,000 submissions" })).toHaveAttribute("href", "/staff?tab=decided");
    expect(screen.getByRole("link", { name: /^Decided/ })).toHaveTextContent("1,000+");
  });
});
