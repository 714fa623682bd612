/** Types for the parts of `gltf-validator` (shipped without typings) that the tests use. */
declare module 'gltf-validator' {
  /** One reported problem. */
  export interface ValidationMessage {
    code: string;
    message: string;
    severity: number;
    pointer?: string;
    offset?: number;
  }
  /** The validation report. */
  export interface ValidationReport {
    issues: {
      numErrors: number;
      numWarnings: number;
      numInfos: number;
      numHints: number;
      messages: ValidationMessage[];
      truncated: boolean;
    };
    info?: Record<string, unknown>;
  }
  /** Options of validateBytes. */
  export interface ValidationOptions {
    uri?: string;
    format?: 'glb' | 'gltf';
    maxIssues?: number;
    ignoredIssues?: string[];
    writeTimestamp?: boolean;
    severityOverrides?: Record<string, number>;
  }
  /** Validates a glTF or GLB asset from bytes. */
  export function validateBytes(data: Uint8Array, options?: ValidationOptions): Promise<ValidationReport>;
  /** Extension names the validator understands. */
  export function supportedExtensions(): string[];
}
