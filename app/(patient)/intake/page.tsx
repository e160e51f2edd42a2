export const metadata = { title: "Your screening" };

export default function IntakePage() {
  return (
    <>
      <h1>Your screening</h1>
      <p>The online screening form is coming soon. Please call the clinic to book.</p>
    </>
  );
}
