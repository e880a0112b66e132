/** The codes the gateway lets through to clients (see subgraph-kit's errors), plus our own for the network. */
export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'GATEWAY_UNREACHABLE'
  | (string & {});

export interface GatewayErrorDetail {
  message: string;
  code: GatewayErrorCode;
  /** The input field a BAD_USER_INPUT error is about, when the subgraph names one. */
  field?: string;
}

/** One failed request: every error the gateway returned, the first one's message leading. */
export class GatewayError extends Error {
  readonly code: GatewayErrorCode;
  readonly details: GatewayErrorDetail[];

  constructor(details: GatewayErrorDetail[]) {
    super(details.map((detail) => detail.message).join('; '));
    this.name = 'GatewayError';
    this.details = details;
    this.code = details[0]?.code ?? 'INTERNAL_SERVER_ERROR';
  }
}

export function isGatewayError(error: unknown, code?: GatewayErrorCode): error is GatewayError {
  return error instanceof GatewayError && (code === undefined || error.code === code);
}
