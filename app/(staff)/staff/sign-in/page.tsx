import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/SignInForm";

export const metadata: Metadata = { title: "Staff sign-in" };

export const dynamic = "force-dynamic";

export default function StaffSignInPage() {
  return (
    <>
      <h1>Staff sign-in</h1>
      <p>Sign in with the email address and password your clinic gave you.</p>
      <SignInForm />
    </>
  );
}
