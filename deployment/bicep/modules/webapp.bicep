// Linux App Service running the .NET 10 host. Every setting the host reads in production is set here (the
// table in deployment/README.md; a test checks the list); secrets are Key Vault references, never values.
param planName string
param siteName string
param location string
param tags object

@description('App Service plan SKU: B1 or larger (Always On and the health check need a paid tier).')
param skuName string

param identityId string
param identityClientId string

@allowed([ 'SingleTenant', 'UserAssignedMSI' ])
param botIdentity string
param botAppId string
param botSecretUri string
param appInsightsSecretUri string
param fileLinkKeySecretUri string
param slackSigningSecretUri string
param slackBotTokenUri string

@description('The Slack staff channel for handoffs: Pixfra\'s workspace (T…) and the channel (C…); empty = none.')
param slackStaffTeamId string = ''
param slackStaffChannelId string = ''

param cosmosEndpoint string
param cosmosDatabase string
param blobEndpoint string
param blobContainer string
param catalogPath string
param holidaysPath string

var isSingleTenant = botIdentity == 'SingleTenant'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: skuName }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the same user-assigned identity that holds "Key Vault Secrets User".
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Bot identity (bot/Pixfra.Rma.Protocol/README.md).
        { name: 'MicrosoftAppType', value: botIdentity }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        // Empty for UserAssignedMSI (the validator refuses a password there); a vault reference otherwise.
        { name: 'MicrosoftAppPassword', value: isSingleTenant ? '@Microsoft.KeyVault(SecretUri=${botSecretUri})' : '' }
        // DefaultAzureCredential (Cosmos DB, Blob Storage) picks the user-assigned identity by this client id.
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'Storage__Provider', value: 'Cosmos' }
        { name: 'Storage__Cosmos__Endpoint', value: cosmosEndpoint }
        { name: 'Storage__Cosmos__Database', value: cosmosDatabase }
        // The data-plane role cannot create containers: the Bicep owns them.
        { name: 'Storage__Cosmos__CreateIfNotExists', value: 'false' }
        // Gateway (HTTPS 443) avoids opening the Direct-mode port range from App Service.
        { name: 'Storage__Cosmos__ConnectionMode', value: 'Gateway' }
        { name: 'Blobs__Provider', value: 'AzureBlob' }
        { name: 'Blobs__AzureBlob__ServiceUri', value: blobEndpoint }
        { name: 'Blobs__AzureBlob__ContainerName', value: blobContainer }
        { name: 'Catalog__Path', value: catalogPath }
        { name: 'Holidays__Path', value: holidaysPath }
        { name: 'DemoData__Enabled', value: 'false' }
        { name: 'Files__PublicBaseUrl', value: 'https://${siteName}.azurewebsites.net/' }
        { name: 'Files__SigningKey', value: '@Microsoft.KeyVault(SecretUri=${fileLinkKeySecretUri})' }
        // The Slack app (bot/Pixfra.Rma.Slack/README.md, deployment/slack-app-manifest.json).
        { name: 'Slack__SigningSecret', value: '@Microsoft.KeyVault(SecretUri=${slackSigningSecretUri})' }
        { name: 'Slack__BotToken', value: '@Microsoft.KeyVault(SecretUri=${slackBotTokenUri})' }
        { name: 'Support__SlackStaffChannel__TeamId', value: slackStaffTeamId }
        { name: 'Support__SlackStaffChannel__ChannelId', value: slackStaffChannelId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: '@Microsoft.KeyVault(SecretUri=${appInsightsSecretUri})' }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
      ]
    }
  }
}

output hostName string = site.properties.defaultHostName
output name string = site.name
