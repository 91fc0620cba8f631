import { Table, type TableColumn } from '@backstage/core-components';
import type { ServiceList } from '@fawkes/plugin-cloud-extractor-common';

interface Row {
  provider: string;
  service: string;
  description: string;
  types: string;
}

const columns: TableColumn<Row>[] = [
  { title: 'Provider', field: 'provider' },
  { title: 'Service', field: 'service' },
  { title: 'Description', field: 'description' },
  { title: 'Resource types', field: 'types' },
];

/** The services each enabled provider extracts. */
export function ServicesTable({ services }: { services: ServiceList }) {
  const rows = Object.entries(services.services_by_provider).flatMap(
    ([provider, list]) =>
      list.map(s => ({
        provider,
        service: s.service,
        description: s.description,
        types: s.resource_types.join(', '),
      })),
  );
  return (
    <Table
      title={`Providers and services (${services.total_services})`}
      columns={columns}
      data={rows}
      emptyContent={
        <div style={{ padding: 16 }}>
          No cloud provider is enabled: configure one under
          cloudExtractor.providers (see the plugin&apos;s README).
        </div>
      }
      options={{ search: false, paging: true, pageSize: 5, padding: 'dense' }}
    />
  );
}
