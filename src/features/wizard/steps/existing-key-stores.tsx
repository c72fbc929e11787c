import { ListField } from '@/components/ui/form/list-field';
import { SelectField, TextField } from '@/components/ui/form/fields';

const storeTypeOptions = [
  { value: 'EXTERNAL_KEY_STORE', label: 'External key store' },
  { value: 'AWS_CLOUDHSM', label: 'AWS CloudHSM key store' },
] as const;

const connectivityOptions = [
  { value: 'PUBLIC_ENDPOINT', label: 'Public endpoint' },
  { value: 'VPC_ENDPOINT_SERVICE', label: 'VPC endpoint service' },
] as const;

/** The other custom key stores of the account and Region, on the "Operations" step. */
export function ExistingKeyStores() {
  return (
    <ListField
      name="existingKeyStores"
      legend="Custom key stores that already exist in this Region"
      hint={
        <>
          KMS refuses a key store whose name, proxy endpoint and path, or VPC endpoint service is
          already used by another store, and allows at most 10 custom key stores (AWS CloudHSM and
          external together) per account and Region. List the stores{' '}
          <code>aws kms describe-custom-key-stores</code> returns, so the plan can be checked
          against them; connectivity, endpoint, path and VPC endpoint service apply to external key
          stores only. A store of another account counts for the Region-wide checks (endpoints, VPC
          endpoint services), not for the name or the quota.
        </>
      }
      emptyText="No existing key stores listed."
      itemLegend={(index) => `Existing key store ${index + 1}`}
      addLabel="Add existing key store"
      removeLabel={(index) => `Remove existing key store ${index + 1}`}
    >
      {(store) => (
        <div className="operations-grid">
          <TextField name={`${store}.CustomKeyStoreName`} label="Name" autoComplete="off" />
          <SelectField
            name={`${store}.CustomKeyStoreType`}
            label="Type"
            options={storeTypeOptions}
          />
          <SelectField
            name={`${store}.XksProxyConnectivity`}
            label="Connectivity"
            options={connectivityOptions}
          />
          <TextField
            name={`${store}.XksProxyUriEndpoint`}
            label="Proxy URI endpoint"
            placeholder="https://"
            autoComplete="off"
          />
          <TextField name={`${store}.XksProxyUriPath`} label="Proxy URI path" autoComplete="off" />
          <TextField
            name={`${store}.XksProxyVpcEndpointServiceName`}
            label="VPC endpoint service name"
            autoComplete="off"
          />
          <TextField
            name={`${store}.accountId`}
            label="Account ID, if another account owns it"
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      )}
    </ListField>
  );
}
