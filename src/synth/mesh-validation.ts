import { IConstruct } from 'constructs';
import { MeshState } from '../shared/mesh-state';
import {
  checkValidationOptions, excludedIn, findValidator, IMeshValidationReporter, MeshValidationOptions, STDERR_REPORTER,
  SynthValidator, validatorOf,
} from './synth-validator';
import { PropErrors } from '../shared/prop-errors';
import { checkScope } from '../shared/prop-types';

export type { IMeshValidationReporter, MeshValidationOptions, MeshValidationWarning } from './synth-validator';

/**
 * Validates every object of an app (CRD schema + CEL, istiod's webhook rules, cross-object mesh analysis; every kind
 * the validator has a family for) inside `app.synth()`, `app.synthYaml()` and `chart.toJson()` / `Testing.synth(chart)`.
 * The user's own L1 objects and `Include`d YAML are checked too.
 *
 * Errors fail synth through cdk8s's own validation error, one line per finding, prefixed with the path of the
 * offending ApiObject: `[chart/canary/VirtualService] VirtualService ns/name: spec.http[0]...: message (error IST0106)`.
 * Warnings go to the reporter (standard error by default) and do not fail synth, unless `warningsAsErrors` is set.
 * Every construct of this library switches validation on for its app; call `MeshValidation.enable(app)` for an app
 * that only uses L1 objects or `Include`.
 *
 * It plugs into cdk8s through `node.addValidation` only: on a plain `App`, cdk8s validates the whole app once at the
 * start of `app.synth()` and again inside every `chart.toJson()`, and each time every object is rendered and checked
 * afresh (correct, but O(charts × objects)); `IstioApp` synthesizes with one render and one validation per object.
 */
export class MeshValidation {
  /**
   * Switches validation on for the app that contains `scope` (idempotent). Options given later win, field by field;
   * the library's constructs call this without options.
   */
  public static enable(scope: IConstruct, options: MeshValidationOptions = {}): MeshValidation {
    checkScope('MeshValidation.enable', scope);
    const checked = checkValidationOptions(PropErrors.forFactory('MeshValidation.enable'), 'options', options);
    const validator = validatorOf(scope);
    validator.configure(checked);
    return new MeshValidation(validator);
  }

  /** Whether validation is on for the app that contains `scope`. */
  public static isEnabled(scope: IConstruct): boolean {
    checkScope('MeshValidation.isEnabled', scope);
    return findValidator(scope) !== undefined;
  }

  /**
   * Switches validation off for the objects inside `scope` (typically a chart, e.g. an untouched legacy chart): they
   * are not checked and no finding about them is reported, while the cross-object analysis still reads them. Does not
   * switch validation on.
   */
  public static exclude(scope: IConstruct): void {
    checkScope('MeshValidation.exclude', scope);
    excludedIn(MeshState.of(scope)).add(scope);
  }

  /** The default reporter: each validation's warnings as one block on standard error. */
  public static stderrReporter(): IMeshValidationReporter {
    return STDERR_REPORTER;
  }

  private constructor(private readonly validator: SynthValidator) {}

  /** Whether warnings fail synth. */
  public get warningsAsErrors(): boolean {
    return this.validator.warningsAsErrors;
  }
}
