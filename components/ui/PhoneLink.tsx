/** A phone number a patient can tap to call; `tel:` links want digits and a leading + only. */
export function PhoneLink({ phone }: { phone: string }) {
  return <a href={`tel:${phone.replace(/[^\d+]/g, "")}`}>{phone}</a>;
}
