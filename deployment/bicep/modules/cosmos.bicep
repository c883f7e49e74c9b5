// Cosmos DB (NoSQL) with keys disabled: the web app's identity gets the built-in Data Contributor role.
// The containers come from ../cosmos-containers.json, which a test compares with CosmosContainers.All()
// in Pixfra.Rma.Storage (names, partition keys, TTL, composite indexes).
param accountName string
param databaseName string
param location string
param tags object
param dataContributorPrincipalId string

@allowed([ 'Serverless', 'Autoscale' ])
param capacityMode string

@minValue(1000)
@description('Autoscale only: the database-wide maximum RU/s (scales between 10% and this).')
param autoscaleMaxThroughput int = 1000

var cosmosContainers = loadJsonContent('../cosmos-containers.json')

// Built-in data-plane role "Cosmos DB Built-in Data Contributor" (items only; it cannot create containers,
// which is why the app runs with Storage:Cosmos:CreateIfNotExists = false).
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [ { locationName: location, failoverPriority: 0, isZoneRedundant: false } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    capabilities: capacityMode == 'Serverless' ? [ { name: 'EnableServerless' } ] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: { id: databaseName }
    options: capacityMode == 'Autoscale' ? { autoscaleSettings: { maxThroughput: autoscaleMaxThroughput } } : {}
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for container in cosmosContainers: {
    parent: database
    name: container.name
    properties: {
      resource: {
        id: container.name
        partitionKey: { paths: [ container.partitionKeyPath ], kind: 'Hash' }
        defaultTtl: container.?defaultTtl
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [ { path: '/*' } ]
          excludedPaths: [ { path: '/"_etag"/?' } ]
          compositeIndexes: container.?compositeIndexes ?? []
        }
      }
    }
  }
]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output databaseName string = database.name
