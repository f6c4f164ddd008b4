import { AllowedRoutesJson } from './gateway-api-json';
import { FactoryArgs } from '../shared/prop-types';
import { labelMapErrors } from '../validation/util/names';

/**
 * Which namespaces may attach routes to a listener (`allowedRoutes.namespaces`). An HTTPRoute in another
 * namespace than the Gateway needs `allNamespaces()` or `namespacesWithLabels(...)`.
 */
export class AllowedRoutes {
  /** Routes in the Gateway's own namespace only (Gateway API's default, `from: Same`). */
  public static sameNamespace(): AllowedRoutes {
    return new AllowedRoutes('Same', undefined);
  }

  /** Routes in every namespace (`from: All`). */
  public static allNamespaces(): AllowedRoutes {
    return new AllowedRoutes('All', undefined);
  }

  /** Routes in namespaces whose labels contain all of these (`from: Selector`). */
  public static namespacesWithLabels(labels: { [key: string]: string }): AllowedRoutes {
    if (labels === undefined) throw new FactoryArgs('AllowedRoutes.namespacesWithLabels').error('labels', 'a map of namespace labels', labels);
    return new AllowedRoutes('Selector', labels);
  }

  private constructor(private readonly from: string, private readonly labels: { [key: string]: string } | undefined) {}

  /** @internal the problem with the labels of `namespacesWithLabels`, or undefined. */
  public _error(): string | undefined {
    if (this.labels === undefined) return undefined;
    if (this.labels === null || typeof this.labels !== 'object' || Array.isArray(this.labels)) {
      return `namespacesWithLabels needs a map of labels, got ${JSON.stringify(this.labels)}`;
    }
    if (Object.keys(this.labels).length === 0) {
      return 'namespacesWithLabels needs at least one label (an empty selector admits every namespace: use allNamespaces())';
    }
    const errors = labelMapErrors(this.labels);
    return errors.length > 0 ? errors.join('; ') : undefined;
  }

  /** @internal */
  public _toJson(): AllowedRoutesJson {
    return this.labels === undefined
      ? { namespaces: { from: this.from } }
      : { namespaces: { from: this.from, selector: { matchLabels: { ...this.labels } } } };
  }

}
