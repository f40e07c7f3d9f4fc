import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/server/errors";

/** For pages: a 404 AppError (missing, or someone else's) renders the not-found page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
