import * as k8s from '../../imports/k8s';
import { enumChoices, isEnumValue } from '../shared/enum-check';
import { PropErrors } from '../shared/prop-errors';
import { labelKeyError, labelMapErrors, labelValueError } from '../validation/util/names';

/** How a label selector expression compares a label with its values. */
export enum LabelOperator {
  /** The label has one of the values. */
  IN = 'In',
  /** The label is missing or has none of the values. */
  NOT_IN = 'NotIn',
  /** The label is present (no values). */
  EXISTS = 'Exists',
  /** The label is missing (no values). */
  DOES_NOT_EXIST = 'DoesNotExist',
}

/** One requirement of a label selector (`matchExpressions` entry). */
export interface LabelExpression {
  /** The label key. */
  readonly key: string;
  /** How the label is compared. */
  readonly operator: LabelOperator;
  /**
   * The values (at least one with IN and NOT_IN; none with EXISTS and DOES_NOT_EXIST).
   * @default - none
   */
  readonly values?: string[];
}

/** Selects pods or namespaces by their labels; all labels and expressions must match. */
export interface LabelSelector {
  /**
   * Labels that must have exactly these values.
   * @default - none
   */
  readonly matchLabels?: { [key: string]: string };
  /**
   * Requirements that must all hold.
   * @default - none
   */
  readonly matchExpressions?: LabelExpression[];
}

/**
 * The checked `metav1.LabelSelector` (the API server's rules: qualified keys, label values, values only with In and
 * NotIn). An empty selector matches everything: refused unless `allowEmpty` (a namespace selector, where `{}` means
 * "every namespace" on purpose).
 */
export function renderLabelSelector(errors: PropErrors, prop: string, s: LabelSelector, allowEmpty = false): k8s.LabelSelector {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) throw errors.mustBe(prop, 'a LabelSelector ({ matchLabels, matchExpressions })', s);
  const out: { matchLabels?: { [key: string]: string }; matchExpressions?: k8s.LabelSelectorRequirement[] } = {};
  if (s.matchLabels !== undefined && s.matchLabels !== null) {
    const labels = s.matchLabels;
    if (typeof labels !== 'object' || Array.isArray(labels) || Object.values(labels).some((v) => typeof v !== 'string')) {
      throw errors.mustBe(`${prop}.matchLabels`, 'a map of label keys to values', labels);
    }
    const labelErrors = labelMapErrors(labels);
    if (labelErrors.length > 0) throw errors.invalid(`${prop}.matchLabels`, labelErrors.join('; '));
    if (Object.keys(labels).length > 0) out.matchLabels = { ...labels };
  }
  if (s.matchExpressions !== undefined && s.matchExpressions !== null) {
    if (!Array.isArray(s.matchExpressions)) throw errors.mustBe(`${prop}.matchExpressions`, 'a list of LabelExpression ({ key, operator, values })', s.matchExpressions);
    if (s.matchExpressions.length > 0) out.matchExpressions = s.matchExpressions.map((e, i) => expression(errors, `${prop}.matchExpressions[${i}]`, e));
  }
  if (out.matchLabels === undefined && out.matchExpressions === undefined && !allowEmpty) {
    throw errors.mustBe(prop, 'a selector with at least one label or expression (an empty one matches every pod)', s);
  }
  return out;
}

function expression(errors: PropErrors, at: string, e: LabelExpression): k8s.LabelSelectorRequirement {
  if (typeof e !== 'object' || e === null) throw errors.mustBe(at, 'a LabelExpression ({ key, operator, values })', e);
  const keyError = typeof e.key === 'string' ? labelKeyError(e.key) : 'must be a string';
  if (keyError) throw errors.invalid(`${at}.key`, keyError);
  if (!isEnumValue(LabelOperator, e.operator)) throw errors.mustBe(`${at}.operator`, enumChoices('LabelOperator', LabelOperator), e.operator);
  const withValues = e.operator === LabelOperator.IN || e.operator === LabelOperator.NOT_IN;
  const values = e.values ?? [];
  if (!Array.isArray(values) || values.some((v) => typeof v !== 'string' || labelValueError(v) !== undefined)) {
    throw errors.mustBe(`${at}.values`, 'a list of label values', values);
  }
  if (withValues && values.length === 0) throw errors.mustBe(`${at}.values`, `at least one value with LabelOperator.${e.operator === LabelOperator.IN ? 'IN' : 'NOT_IN'}`, values);
  if (!withValues && values.length > 0) throw errors.mustBe(`${at}.values`, 'left out with LabelOperator.EXISTS and DOES_NOT_EXIST', values);
  return { key: e.key, operator: e.operator, ...(withValues ? { values: [...values] } : {}) };
}
