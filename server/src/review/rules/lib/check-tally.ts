import type { ReviewFinding, ReviewValue } from '@cimtwin/schemas';
import type { Rule } from '@cimtwin/schemas';
import type { ElementRow } from './review-model.ts';
import { displayName } from './element-values.ts';

/** The element a measurement is about; all null for the model as a whole. */
export interface Subject {
  globalId: string | null;
  ifcClass: string | null;
  name: string | null;
}

/** The model as a whole (planning checks). */
export const MODEL_SUBJECT: Subject = { globalId: null, ifcClass: null, name: null };

/** A subject from an element row, named by its long name where its name is a number. */
export function subjectOf(element: ElementRow): Subject {
  return { globalId: element.globalId, ifcClass: element.ifcClass, name: displayName(element) };
}

/** One measured value against one requirement. */
export interface Measure {
  requirement: string;
  measured: ReviewValue;
  required: string;
  unit: string | null;
  /** The specific clause, when narrower than the rule's clauses. */
  clause?: string;
}

/** Every measurement a rule made, passed or not: the full table behind the findings. */
export interface RuleMeasurement extends Subject, Measure {
  checkId: string;
  clause: string;
  /** null when the value could not be measured. */
  passed: boolean | null;
  message: string;
}

/** What a rule evaluation produced. */
export interface RuleOutcome {
  applicable: number;
  passed: number;
  failed: number;
  /** GlobalIds of the elements counted as passed or failed, each once, in the order first counted. */
  subjects: string[];
  findings: ReviewFinding[];
  measurements: RuleMeasurement[];
  /** Sentences for the check description: method, inferred facts, why not applicable. */
  notes: string[];
}

/**
 * Collects the outcome of one rule: each element counted once as passed or failed, a finding
 * for each failure and for each element whose data is missing (measured null), info findings
 * for elements left out with a reason the reviewer should see.
 */
export class CheckTally {
  readonly outcome: RuleOutcome = { applicable: 0, passed: 0, failed: 0, subjects: [], findings: [], measurements: [], notes: [] };
  private readonly counted = new Set<string>();

  constructor(
    private readonly rule: Rule,
    private readonly clause: string,
  ) {}

  /** Records a measurement that meets the requirement. */
  pass(subject: Subject, measure: Measure, message = ''): void {
    this.count(subject);
    this.outcome.applicable++;
    this.outcome.passed++;
    this.outcome.measurements.push({ ...subject, ...measure, checkId: this.rule.id, clause: measure.clause ?? this.clause, passed: true, message });
  }

  /** Records a measurement that breaks the requirement, as a finding of the rule's severity. */
  fail(subject: Subject, measure: Measure, message: string): void {
    this.count(subject);
    this.outcome.applicable++;
    this.outcome.failed++;
    this.record(subject, measure, message, false, this.rule.severity);
  }

  /** Records an element the rule applies to but cannot measure: what the model lacks. */
  missing(subject: Subject, measure: Omit<Measure, 'measured'> & { measured?: ReviewValue }, message: string): void {
    this.count(subject);
    this.outcome.applicable++;
    this.outcome.failed++;
    this.record(subject, { ...measure, measured: measure.measured ?? null }, message, null, this.rule.severity);
  }

  /** Records an element left out of the check, with the reason (not counted). */
  skip(subject: Subject, requirement: string, message: string): void {
    this.outcome.findings.push({ checkId: this.rule.id, ...subject, requirement, measured: null, required: '—', unit: null, clause: this.clause, severity: 'info', message });
  }

  /** Adds a sentence to the check description. */
  note(text: string): void {
    this.outcome.notes.push(text);
  }

  /** Passes or fails a measurement by a test, with one message for each case. */
  judge(subject: Subject, measure: Measure, ok: boolean, message: string): void {
    if (ok) this.pass(subject, measure, message);
    else this.fail(subject, measure, message);
  }

  /** Adds an element to the check's scope (the model as a whole has no GlobalId and is left out). */
  private count(subject: Subject): void {
    if (subject.globalId === null || this.counted.has(subject.globalId)) return;
    this.counted.add(subject.globalId);
    this.outcome.subjects.push(subject.globalId);
  }

  private record(subject: Subject, measure: Measure, message: string, passed: boolean | null, severity: ReviewFinding['severity']): void {
    const clause = measure.clause ?? this.clause;
    this.outcome.measurements.push({ ...subject, ...measure, checkId: this.rule.id, clause, passed, message });
    this.outcome.findings.push({
      checkId: this.rule.id,
      globalId: subject.globalId,
      ifcClass: subject.ifcClass,
      name: subject.name,
      requirement: measure.requirement,
      measured: measure.measured,
      required: measure.required,
      unit: measure.unit,
      clause,
      severity,
      message,
    });
  }
}
