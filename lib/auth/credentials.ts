import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./password-rules";

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(200, "Use at most 200 characters."),
  role: z.enum(["student", "teacher"], { error: "Choose student or teacher." }),
});

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(200, "Use at most 200 characters."),
});

/**
 * Where to go after signing in or up. Never a reason to refuse the form: a value that is not a string
 * or is absurdly long is dropped, and the server then sends the person home (safeReturnPath decides).
 */
const returnPath = z.string().max(2000).optional().catch(undefined);

/** The bodies of the auth routes under app/api/auth (docs/decisions/008-route-wrapper.md). */
export const signInRequestSchema = signInSchema.extend({ next: returnPath });
export const signUpRequestSchema = signUpSchema.extend({ next: returnPath });
export const passwordResetRequestSchema = signInSchema.pick({ email: true });
export const resetPasswordSchema = z.object({
  token: z.string({ error: "This reset link is incomplete. Open the link from the email again." })
    .min(1, "This reset link is incomplete. Open the link from the email again.")
    .max(200, "This reset link is not valid."),
  password: signUpSchema.shape.password,
});

export type SignInInput = z.infer<typeof signInSchema>;
export type SignUpInput = z.infer<typeof signUpSchema>;
