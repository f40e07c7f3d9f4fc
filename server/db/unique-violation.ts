import "server-only";

/**
 * A unique-constraint violation, however it surfaces: Prisma's P2002, SQLSTATE 23505 from a driver
 * adapter or a raw query, or the adapter's own `UniqueConstraintViolation`; also when wrapped in a cause.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, cause } = error as { code?: unknown; meta?: unknown; cause?: unknown };
  if (code === "P2002" || code === "23505") return true;
  if (typeof meta === "object" && meta !== null) {
    const driver = (meta as { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } }).driverAdapterError;
    if (driver?.cause?.kind === "UniqueConstraintViolation" || driver?.cause?.originalCode === "23505") return true;
  }
  return cause !== undefined && cause !== error && isUniqueViolation(cause);
}
