/** Azure services: each a set of ARM resource types, and the catalog spec.type of each. */
export const AZURE_SERVICES: Array<{
  service: string;
  description: string;
  types: Record<string, string>;
}> = [
  {
    service: 'compute',
    description: 'Extracts Azure Virtual Machines and VM Scale Sets',
    types: {
      'microsoft.compute/virtualmachines': 'virtual-machine',
      'microsoft.compute/virtualmachinescalesets': 'vmss',
    },
  },
  {
    service: 'storage',
    description: 'Extracts storage accounts',
    types: { 'microsoft.storage/storageaccounts': 'storage-account' },
  },
  {
    service: 'network',
    description:
      'Extracts virtual networks, network security groups and load balancers',
    types: {
      'microsoft.network/virtualnetworks': 'virtual-network',
      'microsoft.network/networksecuritygroups': 'network-security-group',
      'microsoft.network/loadbalancers': 'load-balancer',
    },
  },
  {
    service: 'sql',
    description: 'Extracts Azure SQL servers and databases',
    types: {
      'microsoft.sql/servers': 'sql-server',
      'microsoft.sql/servers/databases': 'sql-database',
    },
  },
  {
    service: 'web',
    description: 'Extracts App Service and Function apps',
    types: { 'microsoft.web/sites': 'app-service' },
  },
  {
    service: 'aks',
    description: 'Extracts AKS clusters',
    types: { 'microsoft.containerservice/managedclusters': 'aks-cluster' },
  },
  {
    service: 'keyvault',
    description: 'Extracts key vaults',
    types: { 'microsoft.keyvault/vaults': 'key-vault' },
  },
  {
    service: 'cosmosdb',
    description: 'Extracts Cosmos DB accounts',
    types: { 'microsoft.documentdb/databaseaccounts': 'cosmosdb-account' },
  },
];
