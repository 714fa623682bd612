import path from 'node:path';
import { z } from 'zod';
import { DataError } from '@cimtwin/schemas';

/** Every setting of the server and CLI. Documented in README.md ("Configuration"). */
const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./.cimtwin'),
  databaseUrl: z.string().optional(),
  tileStorage: z.enum(['database', 'directory']).default('database'),
  tilesDir: z.string().optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  maxPageSize: z.coerce.number().int().min(1).max(100000).default(10000),
  maxUploadMb: z.coerce.number().int().min(1).max(1024 * 64).default(1024),
  mqttUrl: z.string().regex(/^(mqtts?|wss?|tcp):\/\//, 'an MQTT broker URL, e.g. mqtt://broker:1883').optional(),
  mqttPort: z.coerce.number().int().min(0).max(65535).default(1883),
  simulator: z.enum(['on', 'off']).default('on'),
  simulatorStepMs: z.coerce.number().int().min(100).max(3_600_000).default(5000),
  alarmCaseSeverity: z.enum(['critical', 'major', 'minor', 'warning', 'none']).default('critical'),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>> & { readonly tilesDirResolved: string };

/** Environment variable for each key. */
const ENV_KEYS: Record<keyof z.infer<typeof ConfigSchema>, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  tileStorage: 'TILE_STORAGE',
  tilesDir: 'TILES_DIR',
  logLevel: 'LOG_LEVEL',
  maxPageSize: 'MAX_PAGE_SIZE',
  maxUploadMb: 'MAX_UPLOAD_MB',
  mqttUrl: 'MQTT_URL',
  mqttPort: 'MQTT_PORT',
  simulator: 'SIMULATOR',
  simulatorStepMs: 'SIMULATOR_STEP_MS',
  alarmCaseSeverity: 'ALARM_CASE_SEVERITY',
};

/**
 * Reads the configuration once: explicit overrides (CLI flags) > environment > defaults.
 * Returns a frozen object; a bad value is a DataError naming the variable.
 */
export function loadConfig(overrides: Partial<z.input<typeof ConfigSchema>> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const fromEnv: Record<string, string> = {};
  for (const [key, name] of Object.entries(ENV_KEYS)) {
    const value = env[name];
    if (value !== undefined && value !== '') fromEnv[key] = value;
  }
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const parsed = ConfigSchema.safeParse({ ...fromEnv, ...defined });
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => `${ENV_KEYS[issue.path[0] as keyof typeof ENV_KEYS] ?? issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new DataError(`config: ${issues}`);
  }
  const config = parsed.data;
  const tilesDirResolved = path.resolve(config.tilesDir ?? path.join(config.dataDir, 'tiles'));
  return Object.freeze({ ...config, dataDir: path.resolve(config.dataDir), tilesDirResolved });
}
