import Link from "next/link";
import { countLabel, countWords } from "@/lib/submissions/queue-tabs";

export interface QueueTabLink {
  id: string;
  label: string;
  count: number;
  href: string;
}

interface QueueTabsProps {
  tabs: readonly QueueTabLink[];
  currentId: string;
}

/** The queue's views as a row of links (each a URL of its own), the current one marked for screen readers. */
export function QueueTabs({ tabs, currentId }: QueueTabsProps) {
  return (
    <nav aria-label="Queue views" className="tabs">
      <ul className="tabs__list">
        {tabs.map((tab) => (
          <li key={tab.id}>
            <Link className="tabs__tab" href={tab.href} aria-current={tab.id === currentId ? "page" : undefined}>
              {tab.label}{" "}
              <span className="tabs__count" aria-hidden="true">
                {countLabel(tab.count)}
              </span>
              <span className="visually-hidden">{countWords(tab.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
