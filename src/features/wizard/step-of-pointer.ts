import type { StepId } from './step-ids';

/**
 * Which wizard step shows the field a JSON Pointer names, so that each finding appears on the
 * step (and beside the field) where it can be fixed.
 */
export function stepOfPointer(pointer: string): StepId {
  const [section = '', field = ''] = pointer.split('/').slice(1);
  switch (section) {
    case 'keyStore':
      if (field === 'XksProxyConnectivity') return 'connectivity';
      if (field === 'XksProxyVpcEndpointServiceName' || field === 'XksProxyVpcEndpointServiceOwner')
        return 'network';
      return 'basics';
    case 'proxy':
      return field === 'location' ? 'connectivity' : 'proxy';
    case 'vpc':
    case 'loadBalancer':
    case 'endpointService':
    case 'publicEndpoint':
      return 'network';
    case 'tls':
      return 'tls';
    case 'externalKeyManager':
      return 'proxy';
    case 'keys':
      return 'keys';
    case 'traffic':
    case 'operations':
    case 'existingKeyStores':
      return 'operations';
    default:
      // region, accountId, title, and findings about the whole document
      return 'basics';
  }
}
