// Example parameters: a user-assigned managed identity bot on serverless Cosmos DB.
// For a single-tenant Entra app instead: botIdentity = 'SingleTenant', botAppId = '<client id>', and pass the
// secret on the command line (-p botAppPassword=...) or set the vault secret MicrosoftAppPassword afterwards.
using './main.bicep'

param namePrefix = 'pixfrarma'
param botIdentity = 'UserAssignedMSI'
param botDisplayName = 'Pixfra RMA'
param botSku = 'S1'
param appServiceSku = 'B1'
param cosmosCapacityMode = 'Serverless'
param cosmosDatabaseName = 'pixfra-rma'
param blobContainerName = 'evidence'
param tags = {
  application: 'pixfra-rma-bot'
  environment: 'production'
}
