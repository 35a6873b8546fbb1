/**
 * A business-rule failure. Thrown inside the command's transaction so that everything
 * written so far rolls back; the GraphQL layer, outside the transaction, turns it into a
 * `userErrors` entry with the same stable code.
 */
export class DomainError extends Error {
  readonly code: string;
  readonly field: readonly string[] | null;
  readonly details: Readonly<Record<string, unknown>> | null;

  constructor(code: string, message: string, options: { field?: readonly string[]; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = options.field ?? null;
    this.details = options.details ?? null;
  }
}

/** Several business-rule failures found together (every bad line of a document, not just the first). */
export class DomainErrors extends Error {
  constructor(readonly errors: readonly DomainError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'DomainErrors';
  }
}

/** Codes shared by every module; each module's own enum repeats those it can raise. */
export const CommonErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  INVALID: 'INVALID',
  TOO_LONG: 'TOO_LONG',
  REQUIRED: 'REQUIRED',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
} as const;

/** Authentication and authorization failures: GraphQL errors, never userErrors. */
export class AccessError extends Error {
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    message: string,
  ) {
    super(message);
    this.name = 'AccessError';
  }
}
