import {
  CheckConfig,
  DEFAULT_PACK,
  type ResolvedPack,
  RULE_FAILED,
  resolvePack,
  type Severity,
} from '@diemmac/core';

/** Rules switched off or re-graded and rounding conventions, as a config file or `--config` gives them. */
export interface ChecksSetting {
  rules: Record<string, 'off' | Severity>;
  /** Only when the file says so: otherwise the pack's own conventions stand. */
  conventions?: string[] | undefined;
}

/**
 * The pack a command runs under, as plain data (validated already): what a worker thread
 * receives through `workerData` to resolve the same pack once on its own.
 */
export interface PackSetting {
  /** The pack's data as read from its file; undefined for the default pack alone. */
  data?: unknown;
  /** Where it was read from, for messages. */
  file?: string | undefined;
  /** Checks a config file or `--config` lays over the pack's, in that order. */
  checks?: ChecksSetting[] | undefined;
}

/** Codes a configuration may name under a pack: the core's, the default pack's and the pack's own. */
export function packRuleCodes(data: unknown): string[] {
  const own = (data as { rules?: { code?: unknown }[] } | undefined)?.rules ?? [];
  return [
    RULE_FAILED,
    ...DEFAULT_PACK.rules.map((r) => r.code),
    ...own.map((r) => r.code).filter((c): c is string => typeof c === 'string'),
  ];
}

/**
 * Resolves a setting's pack and lays its checks over the pack's. A pack given as data takes the
 * checks into its own `checks`, so the list of rules that run says what the checker does; the
 * default pack switches nothing off, so its list is re-graded in place.
 *
 * @example
 * applySetting({ data: YAML.parse(text) }).checkOptions // spread into checkSupervision
 */
export function applySetting(setting: PackSetting = {}): ResolvedPack {
  const checks = setting.checks ?? [];
  if (setting.data === undefined || checks.length === 0) {
    const resolved = resolvePack(setting.data);
    return checks.length === 0 ? resolved : overlay(resolved, checks);
  }
  const data = setting.data as { checks?: { rules?: Record<string, string>; conventions?: string[] } };
  let rules = { ...data.checks?.rules };
  let conventions = data.checks?.conventions;
  for (const c of checks) {
    rules = { ...rules, ...c.rules };
    if (c.conventions) conventions = c.conventions;
  }
  return resolvePack({ ...data, checks: { rules, ...(conventions ? { conventions } : {}) } });
}

function overlay(resolved: ResolvedPack, checks: ChecksSetting[]): ResolvedPack {
  let rules: Record<string, string> = { ...resolved.config.rules };
  let conventions: readonly string[] = resolved.config.conventions;
  for (const c of checks) {
    rules = { ...rules, ...c.rules };
    if (c.conventions) conventions = c.conventions;
  }
  const config = CheckConfig.parse({ rules, conventions });
  const infos = resolved.rules.flatMap((info) => {
    const setting = config.rules[info.code];
    if (setting === 'off') return [];
    return [setting ? { ...info, severity: setting } : info];
  });
  return {
    ...resolved,
    config,
    rules: infos,
    checkOptions: { ...resolved.checkOptions, config },
  };
}
