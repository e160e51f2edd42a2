export const metadata = { title: "Staff sign-in" };

export default function StaffSignInPage() {
  return (
    <>
      <h1>Staff sign-in</h1>
      <p>Staff sign-in is being set up. Please use the clinic&apos;s usual system for now.</p>
    </>
  );
}
