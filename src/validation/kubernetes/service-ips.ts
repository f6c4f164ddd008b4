/**
 * A Service's cluster IPs and IP families (core validation `ValidateServiceClusterIPsRelatedFields`, plus the
 * ExternalName and ipFamilyPolicy checks the API server makes on create): `clusterIP` and `clusterIPs` agree,
 * at most one IP per family, each IP of the family `ipFamilies` names at its index, and a SingleStack policy with
 * one family. The values of `ipFamilies` and `ipFamilyPolicy` themselves are the schema's enums.
 */
import { isIP } from 'net';
import { SchemaRun } from '../schema/run';
import { list, Obj } from '../util/plain-json';
import { invalid, unsupported } from './fields';

const NONE = 'None';
const IP_FAMILIES = ['IPv4', 'IPv6'];
const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
const IP_EXAMPLE = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

/** On create the API server copies `clusterIP` into an empty `clusterIPs` before validating. */
function effectiveClusterIPs(spec: Obj): readonly unknown[] {
  const ips = list(spec.clusterIPs);
  if (ips.length === 0 && typeof spec.clusterIP === 'string' && spec.clusterIP !== '') return [spec.clusterIP];
  return ips;
}

export function checkServiceIPs(spec: Obj, type: unknown, run: SchemaRun): void {
  const ips = effectiveClusterIPs(spec);
  const families = list(spec.ipFamilies);
  if (type === 'ExternalName') {
    if (ips.length > 0) run.error('spec.clusterIPs', 'Forbidden: may not be set for ExternalName services');
    if (families.length > 0) run.error('spec.ipFamilies', 'Forbidden: may not be set for ExternalName services');
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) run.error('spec.ipFamilyPolicy', 'Forbidden: may not be set for ExternalName services');
    return;
  }
  const clusterIP = typeof spec.clusterIP === 'string' ? spec.clusterIP : '';
  if (clusterIP !== '' && ips[0] !== clusterIP) run.error('spec.clusterIPs', invalid(ips, 'first value must match `clusterIP`'));
  if (clusterIP === '' && ips.length > 0) run.error('spec.clusterIPs', invalid(ips, 'must be empty when `clusterIP` is not specified'));
  // The schema's enums let "" through (it means unset elsewhere); here it is explicit and Go refuses it.
  const seen = new Set<unknown>();
  families.forEach((f, i) => {
    if (f === '') run.error(`spec.ipFamilies[${i}]`, unsupported(f, IP_FAMILIES));
    if (seen.has(f)) run.error(`spec.ipFamilies[${i}]`, `Duplicate value: ${JSON.stringify(f)}`);
    seen.add(f);
  });
  if (spec.ipFamilyPolicy === '') run.error('spec.ipFamilyPolicy', unsupported('', IP_FAMILY_POLICIES));
  let badIPs = false;
  ips.forEach((ip, i) => {
    if (i === 0 && ip === NONE) {
      if (ips.length > 1) {
        badIPs = true;
        run.error('spec.clusterIPs', invalid(ips, "'None' must be the first and only value"));
      }
      return;
    }
    if (typeof ip !== 'string' || isIP(ip) === 0) {
      badIPs = true;
      run.error(`spec.clusterIPs[${i}]`, invalid(ip, IP_EXAMPLE));
    }
  });
  if (ips.length > 2) run.error('spec.clusterIPs', invalid(ips, 'may only hold up to 2 values'));
  if (badIPs) return;
  const ipFamilyOf = (ip: unknown): string => (isIP(String(ip)) === 6 ? 'IPv6' : 'IPv4');
  if (ips.length === 2 && ipFamilyOf(ips[0]) === ipFamilyOf(ips[1])) {
    run.error('spec.clusterIPs', invalid(ips, 'may specify no more than one IP for each IP family'));
  }
  if (ips[0] !== NONE) {
    ips.forEach((ip, i) => {
      if (i < families.length && (families[i] === 'IPv4' || families[i] === 'IPv6') && families[i] !== ipFamilyOf(ip)) {
        run.error(`spec.clusterIPs[${i}]`, invalid(ip, `expected an ${String(families[i])} value as indicated by \`ipFamilies[${i}]\``));
      }
    });
  }
  // Checked when the API server allocates the IPs (registry), after the field validation above passed.
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if (ips.length === 2) run.error('spec.ipFamilyPolicy', invalid('SingleStack', "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    if (families.length === 2) run.error('spec.ipFamilyPolicy', invalid('SingleStack', "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
  }
}
