// Kept free of zod so the sign-up and reset forms can name the rule without bundling the schemas
// (docs/decisions/018-lean-pages-and-the-nonce.md).

/** ASVS 5.0 V6.2.1: at least 12 characters, no composition rules. */
export const MIN_PASSWORD_LENGTH = 12;
