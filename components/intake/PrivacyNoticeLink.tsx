/**
 * Where the patient can read how their answers are used, beside the consent. The notice
 * opens in a new tab, so the answers on this page are not lost; the link says so.
 */
export function PrivacyNoticeLink() {
  return (
    <p>
      Read how we use and protect your information in our{" "}
      <a href="/privacy" target="_blank" rel="noopener">
        privacy notice (opens in a new tab)
      </a>
      .
    </p>
  );
}
