import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CreateStaffUserForm } from "@/components/admin/CreateStaffUserForm";
import { StaffUserActions } from "@/components/admin/StaffUserActions";
import { reply, sentBody, stubFetch } from "@/tests/component/stub-fetch";

const router = vi.hoisted(() => ({ refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

afterEach(() => {
  vi.unstubAllGlobals();
  router.refresh.mockReset();
});

async function fillNewAccount() {
  const user = userEvent.setup();
  render(<CreateStaffUserForm />);
  await user.type(screen.getByRole("textbox", { name: "Email address" }), "nurse@clinic.example");
  await user.type(screen.getByRole("textbox", { name: "Full name" }), "Nia Nurse");
  await user.selectOptions(screen.getByRole("combobox", { name: "Role" }), "Front desk");
  await user.type(screen.getByLabelText("Password", { selector: "input" }), "password1234");
  await user.click(screen.getByRole("button", { name: "Add staff member" }));
  return user;
}

describe("creating a staff account", () => {
  it("shows the server's password-strength message in the summary and at the field", async () => {
    const fetchMock = stubFetch(
      reply(400, {
        error: "invalid_request",
        issues: [
          { path: "password", message: "This is a top-100 common password." },
          { path: "email", message: "There is already an account with this email" },
        ],
      }),
    );
    await fillNewAccount();

    const summary = (await screen.findByRole("heading", { name: "There is a problem" })).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole("link", { name: "This is a top-100 common password." })).toHaveAttribute("href", "#password");
    expect(within(summary).getByRole("link", { name: "There is already an account with this email" })).toHaveAttribute("href", "#email");
    const password = screen.getByLabelText("Password", { selector: "input" });
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(password).toHaveAccessibleDescription(/This is a top-100 common password\./);
    expect(sentBody(fetchMock)).toEqual({ email: "nurse@clinic.example", name: "Nia Nurse", role: "front_desk", password: "password1234" });
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("confirms a new account, clears the form and reloads the list", async () => {
    stubFetch(reply(201, { id: "u-2" }));
    await fillNewAccount();

    expect(await screen.findByRole("status")).toHaveTextContent("Account created for nurse@clinic.example.");
    expect(screen.getByRole("textbox", { name: "Email address" })).toHaveValue("");
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });
});

describe("changing a staff account", () => {
  const clinician = { id: "u-1", name: "Dr Demo", role: "clinician", disabled: false } as const;

  it("saves a new role", async () => {
    const fetchMock = stubFetch(reply(200, { id: "u-1" }));
    const user = userEvent.setup();
    render(<StaffUserActions user={clinician} />);
    await user.selectOptions(screen.getByRole("combobox", { name: "Role of Dr Demo" }), "Admin");
    await user.click(screen.getByRole("button", { name: "Save role of Dr Demo" }));

    expect(await screen.findByText("Role changed to Admin.")).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith("/api/staff/users/u-1", expect.objectContaining({ method: "PATCH" }));
    expect(sentBody(fetchMock)).toEqual({ role: "admin" });
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });

  it("shows why the server refused, such as changing one's own account", async () => {
    const fetchMock = stubFetch(
      reply(400, { error: "invalid_request", issues: [{ path: "", message: "You cannot change your own role or disable yourself" }] }),
    );
    const user = userEvent.setup();
    render(<StaffUserActions user={clinician} />);
    await user.click(screen.getByRole("button", { name: "Disable Dr Demo" }));

    expect(await screen.findByText("You cannot change your own role or disable yourself")).toBeInTheDocument();
    expect(sentBody(fetchMock)).toEqual({ disabled: true });
    expect(router.refresh).not.toHaveBeenCalled();
  });
});
